# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

KINDS = [
    ("cash", "Bank Journal"),
    ("cash_day", "Cash by Day"),
    ("ageing", "Ageing Bucket"),
    ("overdue", "Largest Overdue"),
    ("forecast_day", "Forecast Curve"),
    ("forecast_week", "Forecast Week"),
    ("forecast_invoice", "Expected Receipt"),
    ("forecast_bill", "Bill to Pay"),
    ("forecast_contract", "Contract to Invoice"),
    ("reminder", "Reminders by Level"),
    ("alert", "Alert"),
]
BUCKETS = [
    ("0_not_due", "Not Due"),
    ("1_1_30", "1-30 Days"),
    ("2_31_60", "31-60 Days"),
    ("3_61_90", "61-90 Days"),
    ("4_over_90", "Over 90 Days"),
]
SERIES = [
    ("p10", "Low (10 %)"),
    ("expected", "Expected"),
    ("p90", "High (90 %)"),
]


class FincycleCockpitSnapshotLine(models.Model):
    """One figure behind the cockpit: a bank journal's balance, an ageing bucket, one of the
    largest overdue invoices, a point of the forecast curve, a week of the forecast, or an
    invoice or bill the forecast counts on. Amounts in the company's currency (``amount``) and
    in the group's (``amount_group``, at the snapshot day's rate)."""

    _name = "fincycle.cockpit.snapshot.line"
    _description = "Cockpit Figure"
    _order = "snapshot_id, kind, sequence, date, id"
    _check_company_auto = True

    snapshot_id = fields.Many2one(
        "fincycle.cockpit.snapshot", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one("res.company", required=True, index=True, readonly=True)
    kind = fields.Selection(KINDS, required=True, index=True, readonly=True)
    sequence = fields.Integer(readonly=True)
    name = fields.Char(readonly=True)
    date = fields.Date(readonly=True)
    date_end = fields.Date("Until", readonly=True)
    bucket = fields.Selection(BUCKETS, readonly=True)
    series = fields.Selection(SERIES, readonly=True)
    journal_id = fields.Many2one("account.journal", readonly=True)
    partner_id = fields.Many2one("res.partner", readonly=True)
    move_id = fields.Many2one("account.move", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    group_currency_id = fields.Many2one("res.currency", readonly=True)
    amount = fields.Monetary(currency_field="currency_id", readonly=True)
    amount_group = fields.Monetary(
        "Amount (Group Currency)", currency_field="group_currency_id", readonly=True
    )
    count = fields.Integer(readonly=True, aggregator="sum")
    level = fields.Integer("Reminder Level", readonly=True, aggregator=None)
    days_late = fields.Integer(readonly=True, aggregator="max")
    # a bank journal: the provider's reported balance beside the ledger's
    feed_balance = fields.Float("Provider Balance", readonly=True, aggregator=None)
    feed_state = fields.Selection(
        [("ok", "Matches"), ("mismatch", "Difference"), ("unknown", "Not Checked")],
        "Balance Check",
        readonly=True,
    )
    provider = fields.Selection(
        selection="_selection_provider",
        readonly=True,
        help="How the journal's statements come in: an online provider, file import or by hand.",
    )
    # a week of the forecast (customer receipts with their band, vendor bills due)
    receipts_expected = fields.Monetary(currency_field="currency_id", readonly=True)
    receipts_p10 = fields.Monetary("Receipts Low (10 %)", currency_field="currency_id")
    receipts_p90 = fields.Monetary("Receipts High (90 %)", currency_field="currency_id")
    payments = fields.Monetary("Bills Due", currency_field="currency_id", readonly=True)
    # an expected receipt: the open amount, the chance within the horizon, the status
    open_amount = fields.Monetary(currency_field="currency_id", readonly=True)
    probability = fields.Float("Chance within 90 Days", readonly=True, aggregator="avg")
    status = fields.Char(readonly=True)
    alert_text = fields.Char("Alert", compute="_compute_alert_text")

    @api.model
    def _selection_provider(self):
        services = []
        Provider = self.env.get("online.bank.statement.provider")
        if Provider is not None:
            services = Provider._fields["service"]._description_selection(self.env)
        by_file = self.env._("File Import")
        by_hand = self.env._("Manual")
        return [*services, ("file", by_file), ("manual", by_hand)]

    def _compute_alert_text(self):
        Snapshot = self.env["fincycle.cockpit.snapshot"]
        for line in self:
            line.alert_text = Snapshot._alert_text(line) if line.kind == "alert" else False

    def action_open_record(self):
        """The invoice, bill or journal behind the figure."""
        self.ensure_one()
        if self.move_id:
            return {
                "type": "ir.actions.act_window",
                "res_model": "account.move",
                "res_id": self.move_id.id,
                "views": [[False, "form"]],
            }
        if self.journal_id:
            return self.snapshot_id._action_move_lines(
                self.env._("%(journal)s: entries", journal=self.journal_id.display_name),
                [
                    ("account_id", "=", self.journal_id.default_account_id.id),
                    ("parent_state", "=", "posted"),
                    ("company_id", "=", self.company_id.id),
                ],
            )
        if self.kind == "forecast_week":
            return self.snapshot_id._action_lines(
                self.env._(
                    "Expected from %(start)s to %(end)s", start=self.date, end=self.date_end
                ),
                [
                    ("snapshot_id", "=", self.snapshot_id.id),
                    ("kind", "in", ("forecast_invoice", "forecast_bill", "forecast_contract")),
                    ("date", ">=", self.date),
                    ("date", "<=", self.date_end),
                ],
            )
        if self.kind == "ageing":
            return self.snapshot_id.action_view_bucket(self.bucket)
        if self.kind == "reminder":
            return self.snapshot_id._action_reminders(self.company_id, self.level)
        return False
