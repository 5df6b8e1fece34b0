# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The cockpit screen: the latest snapshots of the companies selected in Odoo's company
switcher, added up in the group's currency (or shown in the company's own when only one is
selected). Reading it only reads the snapshots; every figure opens its records."""

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.fields import Domain
from odoo.tools import format_date, format_datetime

from ..models.cockpit_snapshot import (
    DIRECTOR_GROUP,
    DISPUTE_URGENCIES,
    ISSUANCE_PERIOD,
    REPLY_ATTENTION_STATES,
    REPLY_DAYS,
    _jsonable,
)

SUM_FIELDS = (
    "cash_total",
    "receivable_total",
    "overdue_total",
    "disputed_total",
    "bucket_0_not_due",
    "bucket_1_1_30",
    "bucket_2_31_60",
    "bucket_3_61_90",
    "bucket_4_over_90",
    "sales_period",
    "recovery_due",
    "recovery_collected",
    "approval_amount",
    "recurring_monthly",
    "revenue_month",
    "revenue_month_last_year",
    "receipts_30",
    "receipts_30_p10",
    "receipts_30_p90",
    "receipts_60",
    "receipts_60_p10",
    "receipts_60_p90",
    "receipts_90",
    "receipts_90_p10",
    "receipts_90_p90",
    "payments_30",
    "payments_60",
    "payments_90",
    "forecast_disputed_open",
    "contract_receipts_90",
    *(f"dispute_{urgency}_amount" for urgency in DISPUTE_URGENCIES),
)
HOUR_FIELDS = ("hours_facturable", "hours_forfait", "hours_interne")
COUNT_FIELDS = (
    "dispute_open_count",
    "dispute_urgent_count",
    "reminders_month",
    "replies_attention",
    "approval_count",
    "issuance_count",
    "integration_error_count",
    "forecast_open_count",
    *(f"dispute_{urgency}_count" for urgency in DISPUTE_URGENCIES),
)
LIST_VIEWS = {
    None: "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list",
    "cash": "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list_cash",
    "cash_day": "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list_cash_day",
    "forecast_week": "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list_week",
    "forecast_invoice": "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list_move",
    "forecast_bill": "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list_move",
    "forecast_contract": "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list_move",
    "overdue": "fincycle_cockpit.fincycle_cockpit_snapshot_line_view_list_move",
}
FLAG_FIELDS = (
    "disputes_available",
    "reminders_available",
    "replies_available",
    "hours_available",
    "approval_available",
    "issuance_available",
    "contracts_available",
)


class FincycleCockpit(models.TransientModel):
    _name = "fincycle.cockpit"
    _description = "Group Cockpit"

    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, readonly=True
    )
    name = fields.Char(compute="_compute_figures")
    subtitle = fields.Char(compute="_compute_figures")
    as_of = fields.Date("Figures of", compute="_compute_figures")
    computed_at = fields.Datetime("Computed at", compute="_compute_figures")
    currency_id = fields.Many2one("res.currency", compute="_compute_figures")
    consolidated = fields.Boolean(compute="_compute_figures")
    scope_company_ids = fields.Many2many("res.company", compute="_compute_figures")
    missing_companies = fields.Char(compute="_compute_figures")
    snapshot_ids = fields.Many2many("fincycle.cockpit.snapshot", compute="_compute_figures")
    cash_line_ids = fields.Many2many("fincycle.cockpit.snapshot.line", compute="_compute_figures")
    overdue_line_ids = fields.Many2many(
        "fincycle.cockpit.snapshot.line", compute="_compute_figures"
    )
    week_line_ids = fields.Many2many("fincycle.cockpit.snapshot.line", compute="_compute_figures")
    alert_line_ids = fields.Many2many("fincycle.cockpit.snapshot.line", compute="_compute_figures")
    alert_count = fields.Integer("Alerts", compute="_compute_figures")
    # added up over the companies, in ``currency_id``
    cash_total = fields.Monetary("Cash", compute="_compute_figures")
    receivable_total = fields.Monetary("Receivables", compute="_compute_figures")
    overdue_total = fields.Monetary("Overdue", compute="_compute_figures")
    disputed_total = fields.Monetary("Disputed", compute="_compute_figures")
    bucket_0_not_due = fields.Monetary("Not Due", compute="_compute_figures")
    bucket_1_1_30 = fields.Monetary("1-30 Days", compute="_compute_figures")
    bucket_2_31_60 = fields.Monetary("31-60 Days", compute="_compute_figures")
    bucket_3_61_90 = fields.Monetary("61-90 Days", compute="_compute_figures")
    bucket_4_over_90 = fields.Monetary("Over 90 Days", compute="_compute_figures")
    sales_period = fields.Monetary("Sales (90 Days)", compute="_compute_figures")
    dso = fields.Float("DSO (days)", digits=(16, 1), compute="_compute_figures")
    dso_without_disputed = fields.Float(
        "DSO without Disputed (days)", digits=(16, 1), compute="_compute_figures"
    )
    recovery_due = fields.Monetary(compute="_compute_figures")
    recovery_collected = fields.Monetary(compute="_compute_figures")
    recovery_rate = fields.Float("Recovery Rate (%)", digits=(16, 1), compute="_compute_figures")
    disputes_available = fields.Boolean(compute="_compute_figures")
    dispute_open_count = fields.Integer("Open Disputes", compute="_compute_figures")
    dispute_urgent_count = fields.Integer("Urgent", compute="_compute_figures")
    dispute_1_count = fields.Integer("Open Disputes, Low", compute="_compute_figures")
    dispute_1_amount = fields.Monetary("Low", compute="_compute_figures")
    dispute_2_count = fields.Integer("Open Disputes, Normal", compute="_compute_figures")
    dispute_2_amount = fields.Monetary("Normal", compute="_compute_figures")
    dispute_3_count = fields.Integer("Open Disputes, High", compute="_compute_figures")
    dispute_3_amount = fields.Monetary("High", compute="_compute_figures")
    dispute_4_count = fields.Integer("Open Disputes, Very High", compute="_compute_figures")
    dispute_4_amount = fields.Monetary("Very high", compute="_compute_figures")
    dispute_5_count = fields.Integer("Open Disputes, Critical", compute="_compute_figures")
    dispute_5_amount = fields.Monetary("Critical", compute="_compute_figures")
    reminders_available = fields.Boolean(compute="_compute_figures")
    replies_available = fields.Boolean(compute="_compute_figures")
    replies_attention = fields.Integer("Replies Needing Attention", compute="_compute_figures")
    hours_available = fields.Boolean(compute="_compute_figures")
    hours_facturable = fields.Float(
        "Billable Hours (FACTURABLE)", digits=(16, 1), compute="_compute_figures"
    )
    hours_forfait = fields.Float(
        "Fixed-Fee Hours (FORFAIT)", digits=(16, 1), compute="_compute_figures"
    )
    hours_interne = fields.Float(
        "Internal Hours (INTERNE)", digits=(16, 1), compute="_compute_figures"
    )
    reminders_month = fields.Integer("Reminders This Month", compute="_compute_figures")
    reminders_by_level = fields.Char("Reminders by Level", compute="_compute_figures")
    reminder_line_ids = fields.Many2many(
        "fincycle.cockpit.snapshot.line", string="Reminder Figures", compute="_compute_figures"
    )
    approval_available = fields.Boolean(compute="_compute_figures")
    approval_count = fields.Integer("Waiting for Approval", compute="_compute_figures")
    approval_amount = fields.Monetary("Amount Waiting", compute="_compute_figures")
    issuance_available = fields.Boolean(compute="_compute_figures")
    issuance_count = fields.Integer("Invoices Sent (90 Days)", compute="_compute_figures")
    issuance_median = fields.Float(
        "Issuance Delay, Median (days)", digits=(16, 1), compute="_compute_figures"
    )
    issuance_worst = fields.Float(
        "Issuance Delay, Worst (days)", digits=(16, 1), compute="_compute_figures"
    )
    contracts_available = fields.Boolean(compute="_compute_figures")
    recurring_monthly = fields.Monetary("Recurring per Month", compute="_compute_figures")
    revenue_month = fields.Monetary("Revenue This Month", compute="_compute_figures")
    revenue_month_last_year = fields.Monetary("Same Days Last Year", compute="_compute_figures")
    revenue_change = fields.Float(
        "Revenue vs Last Year (%)", digits=(16, 1), compute="_compute_figures"
    )
    integration_error_count = fields.Integer("Connections in Error", compute="_compute_figures")
    receipts_30 = fields.Monetary(compute="_compute_figures")
    receipts_30_p10 = fields.Monetary(compute="_compute_figures")
    receipts_30_p90 = fields.Monetary(compute="_compute_figures")
    receipts_60 = fields.Monetary(compute="_compute_figures")
    receipts_60_p10 = fields.Monetary(compute="_compute_figures")
    receipts_60_p90 = fields.Monetary(compute="_compute_figures")
    receipts_90 = fields.Monetary(compute="_compute_figures")
    receipts_90_p10 = fields.Monetary(compute="_compute_figures")
    receipts_90_p90 = fields.Monetary(compute="_compute_figures")
    payments_30 = fields.Monetary(compute="_compute_figures")
    payments_60 = fields.Monetary(compute="_compute_figures")
    payments_90 = fields.Monetary(compute="_compute_figures")
    cash_30 = fields.Monetary("Cash in 30 Days", compute="_compute_figures")
    cash_30_p10 = fields.Monetary(compute="_compute_figures")
    cash_30_p90 = fields.Monetary(compute="_compute_figures")
    cash_60 = fields.Monetary("Cash in 60 Days", compute="_compute_figures")
    cash_60_p10 = fields.Monetary(compute="_compute_figures")
    cash_60_p90 = fields.Monetary(compute="_compute_figures")
    cash_90 = fields.Monetary("Cash in 90 Days", compute="_compute_figures")
    cash_90_p10 = fields.Monetary(compute="_compute_figures")
    cash_90_p90 = fields.Monetary(compute="_compute_figures")
    forecast_disputed_open = fields.Monetary(
        "Open on Disputed Invoices", compute="_compute_figures"
    )
    forecast_open_count = fields.Integer("Open Invoices Forecast", compute="_compute_figures")
    contract_receipts_90 = fields.Monetary(
        "Contracts to Invoice, 90 Days", compute="_compute_figures"
    )

    def write(self, vals):
        """The screen belongs to the company it was opened in: it is not moved to another."""
        if "company_id" in vals and any(c.company_id.id != vals["company_id"] for c in self):
            raise UserError(self.env._("The cockpit cannot be moved to another company."))
        return super().write(vals)

    # ------------------------------------------------------------------ figures
    def _scope(self):
        """The companies selected in the switcher, each with its latest snapshot."""
        companies = self.env.companies
        Snapshot = self.env["fincycle.cockpit.snapshot"]
        latest = {}
        for snapshot in Snapshot.search([("company_id", "in", companies.ids)], order="date desc"):
            latest.setdefault(snapshot.company_id.id, snapshot)
        snapshots = Snapshot.browse([latest[c.id].id for c in companies if c.id in latest])
        return companies, snapshots

    @api.depends_context("allowed_company_ids")
    def _compute_figures(self):
        companies, snapshots = self._scope()
        consolidated = len(companies) > 1
        Snapshot = self.env["fincycle.cockpit.snapshot"]
        if consolidated:
            currency = Snapshot._group_currency()
        else:
            currency = companies.currency_id
        factors = {s.id: s._factor(currency) for s in snapshots}
        missing = companies - snapshots.company_id
        vals = {
            "name": self.env._("Group Cockpit") if consolidated else companies.name,
            "as_of": max(snapshots.mapped("date"), default=False),
            "computed_at": min(snapshots.mapped("computed_at"), default=False),
            "currency_id": currency.id,
            "consolidated": consolidated,
            "scope_company_ids": companies.ids,
            "missing_companies": ", ".join(missing.mapped("name")) or False,
            "snapshot_ids": snapshots.ids,
        }
        vals["subtitle"] = self._subtitle(snapshots, currency, consolidated)
        for name in SUM_FIELDS:
            vals[name] = sum(s[name] * factors[s.id] for s in snapshots)
        for name in COUNT_FIELDS:
            vals[name] = sum(snapshots.mapped(name))
        for name in HOUR_FIELDS:
            vals[name] = sum(snapshots.mapped(name))
        for name in FLAG_FIELDS:
            vals[name] = any(snapshots.mapped(name))
        sales = vals["sales_period"]
        receivable, disputed = vals["receivable_total"], vals["disputed_total"]
        vals["dso"] = receivable / sales * 90 if sales > 0 else 0.0
        vals["dso_without_disputed"] = (receivable - disputed) / sales * 90 if sales > 0 else 0.0
        due = vals["recovery_due"]
        vals["recovery_rate"] = vals["recovery_collected"] / due * 100 if due > 0 else 0.0
        last = vals["revenue_month_last_year"]
        vals["revenue_change"] = (vals["revenue_month"] - last) / abs(last) * 100 if last else 0.0
        vals["issuance_median"] = _weighted_median(
            [(s.issuance_median, s.issuance_count) for s in snapshots if s.issuance_count]
        )
        vals["issuance_worst"] = max(snapshots.mapped("issuance_worst"), default=0.0)
        # The band of a group adds up the companies' bands: as if their good and bad luck came
        # together (wider than independent companies would give; never narrower).
        for days in (30, 60, 90):
            for suffix in ("", "_p10", "_p90"):
                vals[f"cash_{days}{suffix}"] = (
                    vals["cash_total"] + vals[f"receipts_{days}{suffix}"] - vals[f"payments_{days}"]
                )
        lines = snapshots.line_ids
        vals["cash_line_ids"] = lines.filtered(lambda line: line.kind == "cash").ids
        overdue = lines.filtered(lambda line: line.kind == "overdue")
        overdue = overdue.sorted(lambda line: -line.amount * factors[line.snapshot_id.id])
        vals["overdue_line_ids"] = overdue[:10].ids
        vals["week_line_ids"] = lines.filtered(lambda line: line.kind == "forecast_week").ids
        reminders = lines.filtered(lambda line: line.kind == "reminder")
        vals["reminder_line_ids"] = reminders.sorted(
            lambda line: (line.level, line.company_id.id)
        ).ids
        vals["reminders_by_level"] = self._reminders_by_level(reminders)
        alerts = lines.filtered(lambda line: line.kind == "alert")
        vals["alert_line_ids"] = alerts.ids
        vals["alert_count"] = len(alerts)
        for cockpit in self:
            cockpit.update(vals)

    def _reminders_by_level(self, reminders):
        """'Level 1: 4, level 2: 1' over the companies (False when none was sent)."""
        counts = {}
        for line in reminders:
            counts[line.level] = counts.get(line.level, 0) + line.count
        if not counts:
            return False
        return ", ".join(
            self.env._("level %(level)s: %(count)s", level=level, count=count)
            for level, count in sorted(counts.items())
        )

    def _subtitle(self, snapshots, currency, consolidated):
        if not snapshots:
            return False
        text = self.env._(
            "Figures of %(day)s, computed at %(time)s",
            day=format_date(self.env, max(snapshots.mapped("date"))),
            time=format_datetime(self.env, min(snapshots.mapped("computed_at")), dt_format="short"),
        )
        if consolidated:
            text += self.env._(
                ", added up in %(currency)s at the rates of the day", currency=currency.name
            )
        return text

    # ------------------------------------------------------------------ actions
    @api.model
    def action_open_cockpit(self):
        """Open the cockpit of the companies selected in the switcher (the first time a
        company has no snapshot yet, compute it)."""
        if not self.env.user.has_group(DIRECTOR_GROUP):
            raise AccessError(self.env._("The cockpit is for accounting managers."))
        companies, snapshots = self._scope()
        missing = companies - snapshots.company_id
        if missing:
            self.env["fincycle.cockpit.snapshot"]._refresh_allowed(missing)
        cockpit = self.create({})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Cockpit"),
            "res_model": self._name,
            "res_id": cockpit.id,
            "views": [[False, "form"]],
            "target": "current",
        }

    def action_refresh(self):
        self.env["fincycle.cockpit.snapshot"]._refresh_allowed(self.env.companies)
        return True

    def _companies(self):
        return self.env.companies

    def _day(self):
        return self.as_of or self.env["fincycle.cockpit.snapshot"]._today(self.env.company)

    def _graph_measure(self):
        return "amount_group" if self.consolidated else "amount"

    def _snapshot_lines(self, name, kind, view_mode, extra=None):
        self.ensure_one()
        action = self.env["fincycle.cockpit.snapshot"]._action_lines(
            name,
            [("snapshot_id", "in", self.snapshot_ids.ids), ("kind", "=", kind)],
            view_mode,
        )
        list_view = self.env.ref(LIST_VIEWS.get(kind, LIST_VIEWS[None]))
        action["views"] = [
            [list_view.id if mode == "list" else False, mode] for _id, mode in action["views"]
        ]
        action["context"] = dict(
            action["context"], graph_measure=self._graph_measure(), **(extra or {})
        )
        return action

    def _move_lines(self, name, domain):
        return self.env["fincycle.cockpit.snapshot"]._action_move_lines(name, domain)

    def _moves(self, name, domain):
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": "account.move",
            "views": [[False, "list"], [False, "form"]],
            "domain": _jsonable(domain),
            "context": {"create": False},
        }

    def action_view_cash(self):
        """The bank journals' balances, by provider (online feed, file import, manual)."""
        return self._snapshot_lines(
            self.env._("Cash per Bank Journal"), "cash", "list", {"group_by": ["provider"]}
        )

    def action_view_cash_history(self):
        """Each bank journal's balance on each of the last 90 days (stacked: the top is the
        total); by provider when the context says so."""
        by = ["provider"] if self.env.context.get("by_provider") else ["journal_id"]
        if self.consolidated:  # journals of two companies may have the same name
            by = ["company_id", *by]
        return self._snapshot_lines(
            self.env._("Cash over the Last 90 Days"),
            "cash_day",
            "graph,list",
            {"graph_mode": "line", "graph_groupbys": ["date:day", *by], "graph_stacked": True},
        )

    def action_view_ageing(self):
        return self._snapshot_lines(
            self.env._("Receivables Ageing"),
            "ageing",
            "graph,list",
            {"graph_mode": "bar", "graph_groupbys": ["bucket"]},
        )

    def action_view_forecast(self):
        return self._snapshot_lines(
            self.env._("Cash Forecast (10-90 % Band)"),
            "forecast_day",
            "graph,list",
            {"graph_mode": "line", "graph_groupbys": ["date:day", "series"]},
        )

    def action_view_weeks(self):
        return self._snapshot_lines(self.env._("Cash Forecast by Week"), "forecast_week", "list")

    def action_view_expected_receipts(self):
        return self._snapshot_lines(
            self.env._("Expected Receipts"), "forecast_invoice", "list,graph"
        )

    def action_view_bills_due(self):
        return self._snapshot_lines(self.env._("Bills to Pay"), "forecast_bill", "list,graph")

    def action_view_bucket(self):
        bucket = self.env.context.get("bucket")
        Snapshot = self.env["fincycle.cockpit.snapshot"]
        labels = dict(
            self.env["fincycle.cockpit.snapshot.line"]
            ._fields["bucket"]
            ._description_selection(self.env)
        )
        if bucket not in labels:
            return False
        return self._move_lines(
            self.env._("Receivables: %(bucket)s", bucket=labels[bucket]),
            Snapshot._domain_bucket(self._companies(), self._day(), bucket),
        )

    def action_view_receivables(self):
        return self._move_lines(
            self.env._("Open Receivables"),
            self.env["fincycle.cockpit.snapshot"]._domain_receivable(
                self._companies(), self._day()
            ),
        )

    def action_view_overdue(self):
        return self._move_lines(
            self.env._("Overdue Receivables"),
            self.env["fincycle.cockpit.snapshot"]._domain_overdue(self._companies(), self._day()),
        )

    def action_view_disputed(self):
        if not self.disputes_available:
            return False
        return self._move_lines(
            self.env._("Disputed Receivables"),
            self.env["fincycle.cockpit.snapshot"]._domain_disputed(self._companies(), self._day()),
        )

    def action_view_top_overdue(self):
        return self._moves(
            self.env._("Largest Overdue Invoices"),
            Domain("id", "in", self.overdue_line_ids.move_id.ids),
        )

    def action_view_sales(self):
        return self._moves(
            self.env._("Invoices of the Last 90 Days"),
            self.env["fincycle.cockpit.snapshot"]._domain_sales(self._companies(), self._day()),
        )

    def action_view_recovery(self):
        return self._move_lines(
            self.env._("Instalments of the Recovery Window"),
            self.env["fincycle.cockpit.snapshot"]._domain_recovery(self._companies(), self._day()),
        )

    def action_view_disputes(self):
        """The open disputes (of the urgency level in the context, if any)."""
        if not self.disputes_available:
            return False
        urgency = self.env.context.get("urgency")
        if urgency is not None and str(urgency) not in DISPUTE_URGENCIES:
            return False
        return self.env["fincycle.cockpit.snapshot"]._action_disputes(
            self._companies(), str(urgency) if urgency is not None else None
        )

    def action_view_reminders(self):
        """The reminders sent this month, by level (of the level in the context, if any)."""
        if not self.reminders_available:
            return False
        level = self.env.context.get("level")
        if level is not None and not isinstance(level, int):
            return False
        return self.env["fincycle.cockpit.snapshot"]._action_reminders(
            self._companies(), level, self._day()
        )

    def action_view_replies(self):
        if not self.replies_available:
            return False
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Replies Needing Attention"),
            "res_model": "account.dispute.reply",
            "views": [[False, "list"], [False, "form"]],
            "domain": _jsonable(
                [
                    ("company_id", "in", self._companies().ids),
                    ("state", "in", REPLY_ATTENTION_STATES),
                    ("create_date", ">=", fields.Date.subtract(self._day(), days=REPLY_DAYS)),
                ]
            ),
        }

    def action_view_hours(self):
        if not self.hours_available:
            return False
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Hours of the Month"),
            "res_model": "account.analytic.line",
            "views": [[False, "list"], [False, "pivot"]],
            "domain": _jsonable(
                [
                    ("company_id", "in", self._companies().ids),
                    ("project_id", "!=", False),
                    ("clockify_category", "!=", False),
                    ("date", ">=", self._day().replace(day=1)),
                    ("date", "<=", self._day()),
                ]
            ),
            "context": {"group_by": ["clockify_category"]},
        }

    def action_view_waiting_approval(self):
        if not self.approval_available:
            return False
        return self._moves(
            self.env._("Waiting for Approval"),
            self.env["fincycle.cockpit.snapshot"]._domain_waiting_approval(self._companies()),
        )

    def action_view_issuance(self):
        if not self.issuance_available:
            return False
        day = self._day()
        start = fields.Date.subtract(day, days=ISSUANCE_PERIOD - 1)
        return self._moves(
            self.env._("Invoices Sent in the Last 90 Days"),
            Domain(
                [
                    ("company_id", "in", self._companies().ids),
                    ("state", "=", "posted"),
                    ("move_type", "=", "out_invoice"),
                    ("work_end_date", "!=", False),
                    ("tracking_sent_date", ">=", fields.Datetime.to_datetime(start)),
                ]
            ),
        )

    def action_view_contracts(self):
        if not self.contracts_available:
            return False
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Customer Contracts"),
            "res_model": "contract.contract",
            "views": [[False, "list"], [False, "form"]],
            "domain": [
                ("company_id", "in", self._companies().ids),
                ("contract_type", "=", "sale"),
            ],
        }

    def action_view_revenue(self):
        last_year = bool(self.env.context.get("last_year"))
        return self._move_lines(
            self.env._("Revenue, Same Days Last Year")
            if last_year
            else self.env._("Revenue This Month"),
            self.env["fincycle.cockpit.snapshot"]._domain_revenue(
                self._companies(), self._day(), last_year=last_year
            ),
        )

    def action_view_integrations(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Connections in Error"),
            "res_model": "fincycle.integration",
            "views": [[False, "list"], [False, "form"]],
            "domain": [("company_id", "in", self._companies().ids), ("state", "=", "error")],
        }


def _weighted_median(pairs):
    """Median of values weighted by counts ((value, count), ...); 0 when empty."""
    pairs = sorted(pairs)
    total = sum(count for _value, count in pairs)
    if not total:
        return 0.0
    acc = 0
    for value, count in pairs:
        acc += count
        if acc * 2 >= total:
            return value
    return pairs[-1][0]
