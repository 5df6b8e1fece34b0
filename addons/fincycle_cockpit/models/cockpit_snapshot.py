# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The cockpit's daily snapshot of one company: every figure computed once a day (and on
demand) with a few aggregate SQL queries over indexed columns, the cash forecast by the pure
core ``fincycle.forecast`` from the company's own payment history. Opening the cockpit only
reads these records."""

import logging
import time
from datetime import date, timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.fields import Domain
from odoo.tools import SQL, format_date

from fincycle.forecast import Invoice, Payment, Promise, aggregate, forecast_invoices, learn

_logger = logging.getLogger(__name__)

HORIZON = 90
HISTORY_DAYS = 730  # learnt from the invoices of the last two years (and the older open ones)
SIMULATIONS = 500
DSO_PERIOD = 90
RECOVERY_WITHIN = 60
RECOVERY_WINDOW = 365
ISSUANCE_PERIOD = 90
LATE_STEPS = (15, 30, 60)
REPLY_ATTENTION_STATES = ("failed", "unverified")
REPLY_DAYS = 30
CONTRACT_PAY_DAYS = 30  # a contract's next invoice is expected paid this long after it  # the digest warns when an invoice passes these days late
TOP_OVERDUE = 10
CASH_HISTORY_DAYS = 90
REFRESH_MIN_MINUTES = 2  # a refresh on demand keeps a snapshot computed this recently
REFRESH_LOCK = 0x0F1C0C  # advisory lock class of the refresh (with the company's id)
DISPUTE_OPEN_STATES = ("open", "in_progress")
DISPUTE_URGENCIES = ("1", "2", "3", "4", "5")  # account.dispute's urgency, low to critical
CUSTOMER_TYPES = ("out_invoice", "out_refund")
VENDOR_TYPES = ("in_invoice", "in_refund")
INCOME_TYPES = ("income", "income_other")
PAID_STATES = ("paid", "in_payment", "reversed")
GROUP_CURRENCY_PARAM = "fincycle_cockpit.group_currency_id"
DIRECTOR_GROUP = "account.group_account_manager"

# bucket code -> (days late from, days late to) inclusive; None: open-ended
BUCKET_DAYS = {
    "0_not_due": (None, 0),
    "1_1_30": (1, 30),
    "2_31_60": (31, 60),
    "3_61_90": (61, 90),
    "4_over_90": (91, None),
}
LINE_COLUMNS = (
    "snapshot_id",
    "company_id",
    "kind",
    "sequence",
    "name",
    "date",
    "date_end",
    "bucket",
    "series",
    "journal_id",
    "partner_id",
    "move_id",
    "currency_id",
    "group_currency_id",
    "amount",
    "amount_group",
    "count",
    "days_late",
    "level",
    "feed_balance",
    "feed_state",
    "provider",
    "receipts_expected",
    "receipts_p10",
    "receipts_p90",
    "payments",
    "open_amount",
    "probability",
    "status",
)


def _cents(amount) -> int:
    return round((amount or 0.0) * 100)


def _jsonable(domain):
    """A domain as a list an action can carry (dates as strings)."""
    out = []
    for term in list(domain):
        if isinstance(term, (list, tuple)) and len(term) == 3:
            field, operator, value = term
            if isinstance(value, date):
                value = fields.Date.to_string(value)
            elif isinstance(value, list | tuple) and value and isinstance(value[0], tuple):
                value = _jsonable(value)
            out.append((field, operator, value))
        else:
            out.append(term)
    return out


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class FincycleCockpitSnapshot(models.Model):
    _name = "fincycle.cockpit.snapshot"
    _description = "Cockpit Snapshot"
    _order = "date desc, company_id"
    _check_company_auto = True
    _rec_name = "company_id"

    company_id = fields.Many2one("res.company", required=True, index=True, readonly=True)
    date = fields.Date(required=True, index=True, readonly=True)
    computed_at = fields.Datetime(readonly=True)
    compute_seconds = fields.Float("Computed in (s)", digits=(16, 2), readonly=True)
    currency_id = fields.Many2one("res.currency", required=True, readonly=True)
    group_currency_id = fields.Many2one("res.currency", required=True, readonly=True)
    rate_to_group = fields.Float(
        digits=(16, 10), readonly=True, help="One unit of the company's currency in the group's."
    )
    line_ids = fields.One2many("fincycle.cockpit.snapshot.line", "snapshot_id", readonly=True)
    # cash
    cash_total = fields.Monetary("Cash", readonly=True)
    # receivables
    receivable_total = fields.Monetary("Receivables", readonly=True)
    overdue_total = fields.Monetary("Overdue", readonly=True)
    disputed_total = fields.Monetary("Disputed", readonly=True)
    bucket_0_not_due = fields.Monetary("Not Due", readonly=True)
    bucket_1_1_30 = fields.Monetary("1-30 Days", readonly=True)
    bucket_2_31_60 = fields.Monetary("31-60 Days", readonly=True)
    bucket_3_61_90 = fields.Monetary("61-90 Days", readonly=True)
    bucket_4_over_90 = fields.Monetary("Over 90 Days", readonly=True)
    sales_period = fields.Monetary("Sales of the Last 90 Days", readonly=True)
    dso = fields.Float("DSO (days)", digits=(16, 1), readonly=True)
    dso_without_disputed = fields.Float("DSO without Disputed (days)", digits=(16, 1))
    recovery_due = fields.Monetary("Due in the Recovery Window", readonly=True)
    recovery_collected = fields.Monetary("Collected within 60 Days", readonly=True)
    recovery_rate = fields.Float("Recovery Rate (%)", digits=(16, 1), readonly=True)
    # disputes (account_credit_control_fincycle)
    disputes_available = fields.Boolean(readonly=True)
    dispute_open_count = fields.Integer("Open Disputes", readonly=True)
    dispute_urgent_count = fields.Integer("Urgent Disputes", readonly=True)
    # open disputes by urgency: count and amount (the disputed amount, else what the invoices
    # still owe) of each level
    dispute_1_count = fields.Integer("Open Disputes, Low", readonly=True)
    dispute_1_amount = fields.Monetary("Disputed, Low", readonly=True)
    dispute_2_count = fields.Integer("Open Disputes, Normal", readonly=True)
    dispute_2_amount = fields.Monetary("Disputed, Normal", readonly=True)
    dispute_3_count = fields.Integer("Open Disputes, High", readonly=True)
    dispute_3_amount = fields.Monetary("Disputed, High", readonly=True)
    dispute_4_count = fields.Integer("Open Disputes, Very High", readonly=True)
    dispute_4_amount = fields.Monetary("Disputed, Very High", readonly=True)
    dispute_5_count = fields.Integer("Open Disputes, Critical", readonly=True)
    dispute_5_amount = fields.Monetary("Disputed, Critical", readonly=True)
    replies_available = fields.Boolean(readonly=True)
    replies_attention = fields.Integer("Replies Needing Attention", readonly=True)
    hours_available = fields.Boolean(readonly=True)
    hours_facturable = fields.Float("Billable Hours (FACTURABLE)", digits=(16, 1))
    hours_forfait = fields.Float("Fixed-Fee Hours (FORFAIT)", digits=(16, 1))
    hours_interne = fields.Float("Internal Hours (INTERNE)", digits=(16, 1))
    reminders_available = fields.Boolean(readonly=True)
    reminders_month = fields.Integer("Reminders Sent This Month", readonly=True)
    # invoicing
    approval_available = fields.Boolean(readonly=True)
    approval_count = fields.Integer("Waiting for Approval", readonly=True)
    approval_amount = fields.Monetary("Amount Waiting for Approval", readonly=True)
    issuance_available = fields.Boolean(readonly=True)
    issuance_count = fields.Integer("Invoices Sent (90 Days)", readonly=True)
    issuance_median = fields.Float("Issuance Delay, Median (days)", digits=(16, 1))
    issuance_worst = fields.Float("Issuance Delay, Worst (days)", digits=(16, 1))
    contracts_available = fields.Boolean(readonly=True)
    recurring_monthly = fields.Monetary("Recurring Revenue per Month", readonly=True)
    revenue_month = fields.Monetary("Revenue This Month", readonly=True)
    revenue_month_last_year = fields.Monetary("Same Days Last Year", readonly=True)
    integration_error_count = fields.Integer("Connections in Error", readonly=True)
    # forecast: receipts (with the band), bills due, cash position
    receipts_30 = fields.Monetary("Receipts 30 Days", readonly=True)
    receipts_30_p10 = fields.Monetary(readonly=True)
    receipts_30_p90 = fields.Monetary(readonly=True)
    receipts_60 = fields.Monetary("Receipts 60 Days", readonly=True)
    receipts_60_p10 = fields.Monetary(readonly=True)
    receipts_60_p90 = fields.Monetary(readonly=True)
    receipts_90 = fields.Monetary("Receipts 90 Days", readonly=True)
    receipts_90_p10 = fields.Monetary(readonly=True)
    receipts_90_p90 = fields.Monetary(readonly=True)
    payments_30 = fields.Monetary("Bills 30 Days", readonly=True)
    payments_60 = fields.Monetary("Bills 60 Days", readonly=True)
    payments_90 = fields.Monetary("Bills 90 Days", readonly=True)
    forecast_disputed_open = fields.Monetary("Open on Disputed Invoices", readonly=True)
    forecast_open_count = fields.Integer("Open Invoices Forecast", readonly=True)
    contract_receipts_90 = fields.Monetary("Contracts to Invoice, 90 Days", readonly=True)

    _company_date_uniq = models.Constraint(
        "UNIQUE(company_id, date)", "One cockpit snapshot per company and day."
    )

    # ------------------------------------------------------------------ scope
    @api.model
    def _group_currency(self):
        param = self.env["ir.config_parameter"].sudo().get_param(GROUP_CURRENCY_PARAM)
        currency = self.env["res.currency"].browse(int(param)).exists() if param else None
        return (
            currency
            or self.env.ref("base.CHF", raise_if_not_found=False)
            or self.env.company.currency_id
        )

    def _factor(self, currency):
        """Multiply this snapshot's company-currency figures by this to get ``currency``."""
        self.ensure_one()
        if currency == self.currency_id:
            return 1.0
        if currency == self.group_currency_id:
            return self.rate_to_group
        return self.env["res.currency"]._get_conversion_rate(
            self.currency_id, currency, self.company_id, self.date
        )

    # ------------------------------------------------------------------ refresh
    @api.model
    def _cron_refresh(self):
        """Every company's snapshot of the day; one company failing leaves the others'."""
        snapshots = self.sudo().browse()
        for company in self.env["res.company"].sudo().search([("active", "=", True)]):
            try:
                with self.env.cr.savepoint():
                    snapshots |= self.sudo()._refresh(company)
            except Exception:
                _logger.exception("Cockpit snapshot of %s failed", company.name)
        self.sudo()._send_digest(snapshots)

    @api.model
    def _refresh_allowed(self, companies=None):
        """Refresh the snapshots of the companies the user may see (a director only)."""
        if not self.env.user.has_group(DIRECTOR_GROUP):
            raise AccessError(self.env._("Only accounting managers can refresh the cockpit."))
        allowed = self.env.user._get_company_ids()
        companies = companies if companies is not None else self.env.companies
        bad = companies.filtered(lambda c: c.id not in allowed)
        if bad:
            raise AccessError(
                self.env._(
                    "You may not refresh the cockpit of %(companies)s.",
                    companies=", ".join(bad.mapped("name")),
                )
            )
        return self.sudo()._refresh(companies, force=False)

    @api.model
    def _today(self, company):
        """The company's day: in its own time zone (its partner's, else UTC), never the
        caller's, so that nobody replaces another day's snapshot by changing hers."""
        tz = company.sudo().partner_id.tz or "UTC"
        return fields.Date.context_today(self.with_context(tz=tz))

    def _lock(self, company, wait):
        """The transaction's lock on the refresh of ``company`` (released at its end): waits
        for it when ``wait``, else False when another refresh holds it."""
        if wait:
            self.env.cr.execute("SELECT pg_advisory_xact_lock(%s, %s)", (REFRESH_LOCK, company.id))
            return True
        self.env.cr.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", (REFRESH_LOCK, company.id))
        return self.env.cr.fetchone()[0]

    @api.model
    def _refresh(self, companies, as_of=None, force=True):
        """Recompute today's snapshot of each company (replacing the day's previous one).
        Unless ``force`` (the nightly cron), a snapshot computed less than
        ``REFRESH_MIN_MINUTES`` ago is kept, a refresh already running is an error, and a
        snapshot older than the company's latest is never replaced."""
        self.env.flush_all()
        # internal: callers check who asks (_refresh_allowed, the cron); the figures are
        # computed for the whole company whatever the caller's own record rules
        Snapshot = self.sudo()
        snapshots = Snapshot.browse()
        for company in companies:
            day = as_of or self._today(company)
            if not self._lock(company, wait=force):
                raise UserError(
                    self.env._(
                        "A refresh of the cockpit of %(company)s is already running: its "
                        "figures will be there in a moment.",
                        company=company.name,
                    )
                )
            if not force:
                latest = Snapshot.search(
                    [("company_id", "=", company.id), ("date", ">=", day)],
                    order="date desc",
                    limit=1,
                )
                recent = fields.Datetime.now() - timedelta(minutes=REFRESH_MIN_MINUTES)
                if latest and (latest.date > day or latest.computed_at >= recent):
                    snapshots |= latest
                    continue
            started = time.monotonic()
            Snapshot.search([("company_id", "=", company.id), ("date", "=", day)]).unlink()
            snapshot = Snapshot.with_company(company)._compute_snapshot(company, day)
            snapshot.compute_seconds = time.monotonic() - started
            snapshots |= snapshot
        return snapshots.with_env(self.env)

    def _compute_snapshot(self, company, as_of):
        group_currency = self._group_currency()
        rate = self.env["res.currency"]._get_conversion_rate(
            company.currency_id, group_currency, company, as_of
        )
        ctx = _Ctx(self.env, company, as_of, rate)
        vals = {
            "company_id": company.id,
            "date": as_of,
            "computed_at": fields.Datetime.now(),
            "currency_id": company.currency_id.id,
            "group_currency_id": group_currency.id,
            "rate_to_group": rate,
        }
        lines = []
        vals["cash_total"] = self._figures_cash(ctx, lines)
        vals.update(self._figures_receivables(ctx, lines))
        vals.update(self._figures_recovery(ctx))
        vals.update(self._optional(self._figures_disputes, ctx))
        vals.update(self._optional(self._figures_reminders, ctx, lines))
        vals.update(self._optional(self._figures_replies, ctx))
        vals.update(self._optional(self._figures_hours, ctx))
        vals.update(self._optional(self._figures_invoicing, ctx))
        vals.update(self._figures_forecast(ctx, vals["cash_total"], lines))
        self._alerts(ctx, lines)
        snapshot = self.create(vals)
        snapshot._insert_lines(ctx, lines)
        return snapshot

    def _insert_lines(self, ctx, lines):
        """Bulk insert (a refresh writes thousands of lines; the ORM's create is 10x slower)."""
        if not lines:
            return
        uid = self.env.uid
        now = fields.Datetime.now()
        columns = (*LINE_COLUMNS, "create_uid", "create_date", "write_uid", "write_date")
        base = {
            "snapshot_id": self.id,
            "company_id": ctx.company.id,
            "currency_id": ctx.company.currency_id.id,
            "group_currency_id": self.group_currency_id.id,
            "create_uid": uid,
            "create_date": now,
            "write_uid": uid,
            "write_date": now,
        }
        rows = []
        for line in lines:
            row = dict(base, **line)
            if "amount" in line and "amount_group" not in line:
                row["amount_group"] = line["amount"] * ctx.rate
            rows.append(tuple(row.get(col) for col in columns))
        placeholder = "(" + ",".join(["%s"] * len(columns)) + ")"
        for start in range(0, len(rows), 1000):
            chunk = rows[start : start + 1000]
            self.env.cr.execute(
                f"INSERT INTO fincycle_cockpit_snapshot_line ({','.join(columns)}) VALUES "  # noqa: S608
                + ",".join([placeholder] * len(chunk)),
                [value for row in chunk for value in row],
            )
        self.env["fincycle.cockpit.snapshot.line"].invalidate_model()
        self.invalidate_recordset(["line_ids"])

    # ------------------------------------------------------------------ figures
    def _figures_cash(self, ctx, lines):
        """Ledger balance of each bank journal's account, today and each of the last 90 days;
        the feed's balance and the provider (or file import, manual) beside it."""
        cr = self.env.cr
        cr.execute(
            SQL(
                """
                SELECT j.id, j.name->>'en_US', j.default_account_id, j.bank_statements_source,
                       COALESCE(SUM(l.balance), 0)
                  FROM account_journal j
             LEFT JOIN account_move_line l
                    ON l.account_id = j.default_account_id
                   AND l.company_id = j.company_id
                   AND l.parent_state = 'posted'
                   AND l.date <= %(as_of)s
                 WHERE j.company_id = %(company)s AND j.type = 'bank' AND j.active
              GROUP BY j.id
              ORDER BY j.sequence, j.id
                """,
                company=ctx.company.id,
                as_of=ctx.as_of,
            )
        )
        journals = cr.fetchall()
        feeds = self._feed_balances([row[0] for row in journals])
        # a bank account shared by two journals is counted once, with the first journal (the
        # other's line shows nothing: its money is on the first's)
        accounts = {}
        for journal_id, _name, account_id, _source, _balance in journals:
            if account_id:
                accounts.setdefault(account_id, journal_id)
        total = 0.0
        providers = {}
        for seq, (journal_id, name, account_id, source, ledger) in enumerate(journals):
            balance = ledger if accounts.get(account_id) == journal_id else 0.0
            total += balance
            feed = feeds.get(journal_id, {})
            if feed.get("service") and (feed["active"] or source == "online"):
                # an online journal whose provider is paused (archived) is still fed by it
                providers[journal_id] = feed["service"]
            elif (source or "").startswith("file_import"):
                providers[journal_id] = "file"
            else:
                providers[journal_id] = "manual"
            lines.append(
                {
                    "kind": "cash",
                    "sequence": seq,
                    "name": name,
                    "journal_id": journal_id,
                    "amount": balance,
                    "feed_balance": feed.get("balance"),
                    "feed_state": feed.get("state"),
                    "provider": providers[journal_id],
                }
            )
            if feed.get("code") == "mismatch":
                lines.append(
                    {
                        "kind": "alert",
                        "status": "balance_check",
                        "journal_id": journal_id,
                        "name": name,
                        "amount": ledger,
                        "feed_balance": feed.get("balance"),
                    }
                )
        if accounts:
            # each journal's balance at the end of each of the last 90 days (a bank account
            # shared by two journals is counted with the first)
            start = ctx.as_of - timedelta(days=CASH_HISTORY_DAYS - 1)
            cr.execute(
                SQL(
                    """
                    SELECT account_id,
                           COALESCE(SUM(balance) FILTER (WHERE date < %(start)s), 0),
                           array_agg(date) FILTER (WHERE date >= %(start)s),
                           array_agg(balance) FILTER (WHERE date >= %(start)s)
                      FROM account_move_line
                     WHERE account_id = ANY(%(accounts)s) AND parent_state = 'posted'
                       AND company_id = %(company)s AND date <= %(as_of)s
                  GROUP BY account_id
                    """,
                    company=ctx.company.id,
                    start=start,
                    accounts=list(accounts),
                    as_of=ctx.as_of,
                )
            )
            history = {row[0]: row[1:] for row in cr.fetchall()}
            names = {row[0]: row[1] for row in journals}
            reported = self._statement_balances(list(accounts.values()), start, ctx.as_of)
            for account_id, journal_id in sorted(accounts.items(), key=lambda item: item[1]):
                opening, days, amounts = history.get(account_id, (0.0, None, None))
                by_day = {}
                for day, amount in zip(days or [], amounts or [], strict=True):
                    by_day[day] = by_day.get(day, 0.0) + amount
                statements = reported.get(journal_id, {})
                running, bank = opening, statements.get(None)
                for i in range(CASH_HISTORY_DAYS):
                    day = start + timedelta(days=i)
                    running += by_day.get(day, 0.0)
                    bank = statements.get(day, bank)
                    lines.append(
                        {
                            "kind": "cash_day",
                            "sequence": i,
                            "date": day,
                            "journal_id": journal_id,
                            "name": names[journal_id],
                            "provider": providers[journal_id],
                            "amount": running,
                            "feed_balance": bank,
                        }
                    )
        return total

    def _statement_balances(self, journal_ids, start, as_of):
        """journal id -> {day: the closing balance the bank reported on its last statement of
        that day}, from ``start`` to ``as_of``; under ``None`` the last one before ``start``."""
        cr = self.env.cr
        cr.execute(
            SQL(
                """
                SELECT DISTINCT ON (journal_id, date) journal_id, date, balance_end_real
                  FROM account_bank_statement
                 WHERE journal_id = ANY(%(journals)s) AND date BETWEEN %(start)s AND %(as_of)s
              ORDER BY journal_id, date, first_line_index DESC, id DESC
                """,
                journals=journal_ids,
                start=start,
                as_of=as_of,
            )
        )
        out = {}
        for journal_id, day, balance in cr.fetchall():
            out.setdefault(journal_id, {})[day] = balance
        cr.execute(
            SQL(
                """
                SELECT DISTINCT ON (journal_id) journal_id, balance_end_real
                  FROM account_bank_statement
                 WHERE journal_id = ANY(%(journals)s) AND date < %(start)s
              ORDER BY journal_id, date DESC, first_line_index DESC, id DESC
                """,
                journals=journal_ids,
                start=start,
            )
        )
        for journal_id, balance in cr.fetchall():
            out.setdefault(journal_id, {})[None] = balance
        return out

    def _feed_balances(self, journal_ids):
        """journal id -> the journal's online provider (service) and the balance the bank feed
        last reported, where the import stores one."""
        Provider = self.env.get("online.bank.statement.provider")
        if Provider is None or not journal_ids:
            return {}
        out = {}
        providers = (
            Provider.sudo()
            .with_context(active_test=False)
            .search([("journal_id", "in", journal_ids)], order="active desc, id desc")
        )
        checks = "fincycle_provider_balance" in Provider._fields
        for provider in providers:  # the active, latest provider speaks
            feed = out.setdefault(provider.journal_id.id, {})
            if "service" not in feed:
                feed.update(service=provider.service, active=provider.active)
            if not checks or not provider.fincycle_balance_checked_at or "code" in feed:
                continue
            feed.update(
                code=provider.fincycle_balance_state,
                balance=provider.fincycle_provider_balance,
                state=provider.fincycle_balance_state,
            )
        return out

    def _figures_receivables(self, ctx, lines):
        cr = self.env.cr
        disputed = self._disputed_sql()
        cr.execute(
            SQL(
                """
                SELECT CASE
                         WHEN %(as_of)s - COALESCE(l.date_maturity, l.date) <= 0 THEN '0_not_due'
                         WHEN %(as_of)s - COALESCE(l.date_maturity, l.date) <= 30 THEN '1_1_30'
                         WHEN %(as_of)s - COALESCE(l.date_maturity, l.date) <= 60 THEN '2_31_60'
                         WHEN %(as_of)s - COALESCE(l.date_maturity, l.date) <= 90 THEN '3_61_90'
                         ELSE '4_over_90'
                       END AS bucket,
                       SUM(l.amount_residual), COUNT(DISTINCT l.move_id),
                       COALESCE(SUM(l.amount_residual) FILTER (WHERE %(disputed)s), 0)
                  FROM %(instalments)s
                   AND l.date <= %(as_of)s
              GROUP BY bucket
                """,
                as_of=ctx.as_of,
                instalments=self._instalments_sql(ctx, CUSTOMER_TYPES),
                disputed=disputed,
            )
        )
        by_bucket = {row[0]: row[1:] for row in cr.fetchall()}
        vals = {"receivable_total": 0.0, "overdue_total": 0.0, "disputed_total": 0.0}
        for seq, code in enumerate(BUCKET_DAYS):
            amount, count, disputed_amount = by_bucket.get(code, (0.0, 0, 0.0))
            vals[f"bucket_{code}"] = amount
            vals["receivable_total"] += amount
            vals["disputed_total"] += disputed_amount
            if code != "0_not_due":
                vals["overdue_total"] += amount
            lines.append(
                {
                    "kind": "ageing",
                    "sequence": seq,
                    "bucket": code,
                    "amount": amount,
                    "count": count,
                }
            )
        cr.execute(
            SQL(
                """
                SELECT COALESCE(SUM(amount_total_signed), 0)
                  FROM account_move
                 WHERE company_id = %(company)s AND state = 'posted'
                   AND move_type IN %(types)s
                   AND invoice_date BETWEEN %(start)s AND %(as_of)s
                """,
                company=ctx.company.id,
                types=CUSTOMER_TYPES,
                start=ctx.as_of - timedelta(days=DSO_PERIOD - 1),
                as_of=ctx.as_of,
            )
        )
        sales = cr.fetchone()[0]
        vals["sales_period"] = sales
        if sales > 0:
            vals["dso"] = vals["receivable_total"] / sales * DSO_PERIOD
            vals["dso_without_disputed"] = (
                (vals["receivable_total"] - vals["disputed_total"]) / sales * DSO_PERIOD
            )
        overdue = self._open_invoices(
            ctx, SQL("l.date_maturity < %(as_of)s", as_of=ctx.as_of), limit=TOP_OVERDUE
        )
        for seq, (move_id, partner_id, due, residual) in enumerate(overdue):
            lines.append(
                {
                    "kind": "overdue",
                    "sequence": seq,
                    "move_id": move_id,
                    "partner_id": partner_id,
                    "date": due,
                    "amount": residual,
                    "days_late": (ctx.as_of - due).days,
                }
            )
        return vals

    def _instalments_sql(self, ctx, types, open_only=True):
        """FROM and WHERE of the company's posted instalments (payment-term lines, alias ``l``)
        of moves (``m``) of ``types``, the open ones only by default; callers add ``AND ...``."""
        return SQL(
            """account_move_line l
                  JOIN account_move m ON m.id = l.move_id
                 WHERE l.company_id = %(company)s
                   AND l.display_type = 'payment_term'
                   AND l.parent_state = 'posted'
                   AND m.move_type IN %(types)s
                   AND %(open)s""",
            company=ctx.company.id,
            types=tuple(types),
            open=SQL("l.amount_residual != 0") if open_only else SQL("TRUE"),
        )

    def _open_invoices(self, ctx, condition, limit=None):
        """(move, commercial partner, first due date, amount due) of the company's customer
        invoices, over their open instalments that meet ``condition``; largest first."""
        self.env.cr.execute(
            SQL(
                """
                SELECT m.id, m.commercial_partner_id, MIN(l.date_maturity),
                       SUM(l.amount_residual)
                  FROM %(instalments)s
                   AND l.amount_residual > 0
                   AND %(condition)s
              GROUP BY m.id
              ORDER BY SUM(l.amount_residual) DESC, m.id
                 %(limit)s
                """,
                instalments=self._instalments_sql(ctx, ("out_invoice",)),
                condition=condition,
                limit=SQL("LIMIT %s", limit) if limit else SQL(""),
            )
        )
        return self.env.cr.fetchall()

    def _disputed_sql(self, move_alias="m"):
        """SQL condition: the move is in an open dispute (SQL FALSE without the module)."""
        if not self._has_disputes():
            return SQL("FALSE")
        return SQL(
            """EXISTS (SELECT 1 FROM account_dispute_move_rel r
                         JOIN account_dispute d ON d.id = r.dispute_id
                        WHERE r.move_id = %(move)s AND d.is_dispute
                          AND d.state IN %(states)s)""",
            move=SQL.identifier(move_alias, "id"),
            states=DISPUTE_OPEN_STATES,
        )

    def _has_disputes(self):
        return "account.dispute" in self.env and "is_dispute" in self.env["account.dispute"]._fields

    def _figures_recovery(self, ctx):
        """Share of what fell due in the year ending 60 days ago collected within 60 days."""
        end = ctx.as_of - timedelta(days=RECOVERY_WITHIN)
        start = end - timedelta(days=RECOVERY_WINDOW - 1)
        self.env.cr.execute(
            SQL(
                """
                WITH due AS (
                    SELECT l.id, l.date_maturity, l.balance
                      FROM %(instalments)s
                       AND l.date_maturity BETWEEN %(start)s AND %(end)s
                )
                SELECT (SELECT COALESCE(SUM(balance), 0) FROM due),
                       (SELECT COALESCE(SUM(p.amount), 0)
                          FROM account_partial_reconcile p
                          JOIN due ON due.id = p.debit_move_id
                          JOIN account_move_line c ON c.id = p.credit_move_id
                         WHERE c.date <= due.date_maturity + %(within)s)
                """,
                instalments=self._instalments_sql(ctx, ("out_invoice",), open_only=False),
                start=start,
                end=end,
                within=RECOVERY_WITHIN,
            )
        )
        due, collected = self.env.cr.fetchone()
        return {
            "recovery_due": due,
            "recovery_collected": collected,
            "recovery_rate": collected / due * 100 if due > 0 else 0.0,
        }

    def _figures_disputes(self, ctx):
        """Open disputes by urgency: how many and how much, in the company's currency (the
        disputed amount where one is given, else what the invoices still owe)."""
        if not self._has_disputes():
            return {"disputes_available": False}
        Dispute = self.env["account.dispute"]
        if "disputed_amount_company" in Dispute._fields:
            given = SQL(
                "CASE WHEN COALESCE(d.disputed_amount, 0) != 0 THEN d.disputed_amount_company END"
            )
        else:  # an older account_credit_control_fincycle: the invoices' amount due only
            given = SQL("NULL")
        self.env.cr.execute(
            SQL(
                """
                SELECT d.urgency, COUNT(*),
                       COALESCE(SUM(COALESCE(%(given)s,
                           (SELECT SUM(m.amount_residual_signed)
                              FROM account_dispute_move_rel r
                              JOIN account_move m ON m.id = r.move_id
                             WHERE r.dispute_id = d.id))), 0)
                  FROM account_dispute d
                 WHERE d.company_id = %(company)s AND d.is_dispute AND d.state IN %(states)s
              GROUP BY d.urgency
                """,
                given=given,
                company=ctx.company.id,
                states=DISPUTE_OPEN_STATES,
            )
        )
        by_urgency = {urgency: (count, amount) for urgency, count, amount in self.env.cr.fetchall()}
        vals = {"disputes_available": True}
        for urgency in DISPUTE_URGENCIES:
            count, amount = by_urgency.get(urgency, (0, 0.0))
            vals[f"dispute_{urgency}_count"] = count
            vals[f"dispute_{urgency}_amount"] = amount
        vals["dispute_open_count"] = sum(count for count, _amount in by_urgency.values())
        vals["dispute_urgent_count"] = vals["dispute_4_count"] + vals["dispute_5_count"]
        return vals

    def _optional(self, method, *args):
        """A figure of another module: if its data cannot be read (a module in a version
        this one does not know), the figure is left out and the rest of the snapshot kept."""
        try:
            with self.env.cr.savepoint():
                return method(*args)
        except Exception:
            _logger.exception("Cockpit: %s failed, figure left out", method.__name__)
            return {}

    def _figures_replies(self, ctx):
        """Customers' replies of the last 30 days the reader could not read or whose sender
        it could not verify (account_credit_control_fincycle)."""
        if "account.dispute.reply" not in self.env:
            return {"replies_available": False}
        self.env.cr.execute(
            SQL(
                """
                SELECT COUNT(*) FROM account_dispute_reply
                 WHERE company_id = %(company)s AND state IN %(states)s
                   AND create_date >= %(since)s
                """,
                company=ctx.company.id,
                states=REPLY_ATTENTION_STATES,
                since=ctx.as_of - timedelta(days=REPLY_DAYS),
            )
        )
        return {"replies_available": True, "replies_attention": self.env.cr.fetchone()[0]}

    def _figures_hours(self, ctx):
        """Hours of the month by Clockify category (hr_timesheet_clockify_fincycle)."""
        Line = self.env.get("account.analytic.line")
        if Line is None or "clockify_category" not in Line._fields:
            return {"hours_available": False}
        self.env.cr.execute(
            SQL(
                """
                SELECT clockify_category, COALESCE(SUM(unit_amount), 0)
                  FROM account_analytic_line
                 WHERE company_id = %(company)s AND project_id IS NOT NULL
                   AND clockify_category IS NOT NULL
                   AND date BETWEEN %(month)s AND %(as_of)s
              GROUP BY 1
                """,
                company=ctx.company.id,
                month=_month_start(ctx.as_of),
                as_of=ctx.as_of,
            )
        )
        hours = dict(self.env.cr.fetchall())
        return {
            "hours_available": True,
            "hours_facturable": hours.get("FACTURABLE", 0.0),
            "hours_forfait": hours.get("FORFAIT", 0.0),
            "hours_interne": hours.get("INTERNE", 0.0),
        }

    def _figures_reminders(self, ctx, lines):
        """Reminders sent this month, by level (OCA account_credit_control). A line sent
        keeps its reminder date empty unless someone fills it: its date (the run's) then."""
        if "credit.control.line" not in self.env:
            return {"reminders_available": False}
        self.env.cr.execute(
            SQL(
                """
                SELECT COALESCE(level, 0), COUNT(*)
                  FROM credit_control_line
                 WHERE company_id = %(company)s AND state = 'sent'
                   AND COALESCE(date_sent, date) BETWEEN %(month)s AND %(as_of)s
              GROUP BY 1
              ORDER BY 1
                """,
                company=ctx.company.id,
                month=_month_start(ctx.as_of),
                as_of=ctx.as_of,
            )
        )
        total = 0
        for level, count in self.env.cr.fetchall():
            total += count
            lines.append({"kind": "reminder", "sequence": level, "level": level, "count": count})
        return {"reminders_available": True, "reminders_month": total}

    def _figures_invoicing(self, ctx):
        cr = self.env.cr
        Move = self.env["account.move"]
        vals = {}
        if "tier.review" in self.env and "review_ids" in Move._fields:
            cr.execute(
                SQL(
                    """
                    SELECT COUNT(*), COALESCE(SUM(ABS(m.amount_total_signed)), 0)
                      FROM account_move m
                     WHERE m.company_id = %(company)s AND m.state = 'draft'
                       AND EXISTS (SELECT 1 FROM tier_review r
                                    WHERE r.model = 'account.move' AND r.res_id = m.id
                                      AND r.status IN ('waiting', 'pending'))
                    """,
                    company=ctx.company.id,
                )
            )
            count, amount = cr.fetchone()
            vals.update(approval_available=True, approval_count=count, approval_amount=amount)
        if "issuance_delay_days" in Move._fields and "tracking_sent_date" in Move._fields:
            cr.execute(
                SQL(
                    """
                    SELECT COUNT(*),
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY issuance_delay_days),
                           MAX(issuance_delay_days)
                      FROM account_move
                     WHERE company_id = %(company)s AND state = 'posted'
                       AND move_type = 'out_invoice'
                       AND work_end_date IS NOT NULL
                       AND tracking_sent_date >= %(start)s
                       AND tracking_sent_date < %(end)s
                    """,
                    company=ctx.company.id,
                    start=ctx.as_of - timedelta(days=ISSUANCE_PERIOD - 1),
                    end=ctx.as_of + timedelta(days=1),
                )
            )
            count, median, worst = cr.fetchone()
            vals.update(
                issuance_available=True,
                issuance_count=count,
                issuance_median=median or 0.0,
                issuance_worst=worst or 0.0,
            )
        if "contract.line" in self.env and "monthly_recurring" in self.env["contract.line"]._fields:
            cr.execute(
                SQL(
                    """
                    SELECT COALESCE(SUM(cl.monthly_recurring), 0)
                      FROM contract_line cl
                      JOIN contract_contract c ON c.id = cl.contract_id
                     WHERE c.company_id = %(company)s AND c.active
                       AND c.contract_type = 'sale'
                       AND NOT COALESCE(cl.is_canceled, FALSE)
                       AND cl.display_type IS NULL
                       AND cl.date_start <= %(as_of)s
                       AND (cl.date_end IS NULL OR cl.date_end >= %(as_of)s)
                    """,
                    company=ctx.company.id,
                    as_of=ctx.as_of,
                )
            )
            vals.update(contracts_available=True, recurring_monthly=cr.fetchone()[0])
        month = _month_start(ctx.as_of)
        cr.execute(
            SQL(
                """
                SELECT COALESCE(-SUM(l.balance) FILTER (WHERE l.date >= %(month)s), 0),
                       COALESCE(-SUM(l.balance) FILTER (WHERE l.date <= %(last_end)s), 0)
                  FROM account_move_line l
                  JOIN account_account a ON a.id = l.account_id
                 WHERE l.company_id = %(company)s AND l.parent_state = 'posted'
                   AND a.account_type IN %(types)s
                   AND ((l.date BETWEEN %(month)s AND %(as_of)s)
                     OR (l.date BETWEEN %(last_start)s AND %(last_end)s))
                """,
                month=month,
                as_of=ctx.as_of,
                last_start=_year_before(month),
                last_end=_year_before(ctx.as_of),
                company=ctx.company.id,
                types=INCOME_TYPES,
            )
        )
        vals["revenue_month"], vals["revenue_month_last_year"] = cr.fetchone()
        cr.execute(
            SQL(
                "SELECT COUNT(*) FROM fincycle_integration "
                "WHERE company_id = %(company)s AND active AND state = 'error'",
                company=ctx.company.id,
            )
        )
        vals["integration_error_count"] = cr.fetchone()[0]
        return vals

    # ------------------------------------------------------------------ forecast
    def _forecast_inputs(self, ctx):
        """The company's customer invoices of the last two years (and the older open ones) with
        their payments, disputes and promises, as ``fincycle.forecast.Invoice``."""
        cr = self.env.cr
        scope = SQL(
            """m.company_id = %(company)s AND m.move_type = 'out_invoice' AND m.state = 'posted'
               AND m.invoice_date <= %(as_of)s
               AND (m.invoice_date >= %(since)s OR m.payment_state NOT IN %(paid)s)""",
            company=ctx.company.id,
            as_of=ctx.as_of,
            since=ctx.as_of - timedelta(days=HISTORY_DAYS),
            paid=PAID_STATES,
        )
        cr.execute(
            SQL(
                """
                SELECT m.id, m.commercial_partner_id, m.invoice_date,
                       MAX(l.date_maturity), SUM(l.balance)
                  FROM account_move m
                  JOIN account_move_line l
                    ON l.move_id = m.id AND l.display_type = 'payment_term'
                 WHERE %(scope)s
              GROUP BY m.id
                """,
                scope=scope,
            )
        )
        moves = cr.fetchall()
        cr.execute(
            SQL(
                """
                SELECT m.id, c.date, SUM(p.amount)
                  FROM account_move m
                  JOIN account_move_line l
                    ON l.move_id = m.id AND l.display_type = 'payment_term'
                  JOIN account_partial_reconcile p ON p.debit_move_id = l.id
                  JOIN account_move_line c ON c.id = p.credit_move_id
                 WHERE %(scope)s
              GROUP BY m.id, c.date
                """,
                scope=scope,
            )
        )
        payments = {}
        for move_id, day, amount in cr.fetchall():
            payments.setdefault(move_id, []).append(Payment(day, _cents(amount)))
        disputes, promises = {}, {}
        if self._has_disputes():
            cr.execute(
                SQL(
                    """
                    SELECT r.move_id, d.is_dispute, d.category, d.state, d.date_opened,
                           d.date_closed, d.promised_date
                      FROM account_dispute_move_rel r
                      JOIN account_dispute d ON d.id = r.dispute_id
                      JOIN account_move m ON m.id = r.move_id
                     WHERE %(scope)s
                  ORDER BY d.date_opened, d.id
                    """,
                    scope=scope,
                )
            )
            for move_id, is_dispute, category, state, opened, closed, promised in cr.fetchall():
                if is_dispute:
                    # the latest dispute speaks (opened on, and closed on if it is closed)
                    resolved = None if state in DISPUTE_OPEN_STATES else (closed or opened)
                    disputes[move_id] = (opened, resolved)
                elif category == "payment_promise" and promised:
                    promises.setdefault(move_id, []).append(Promise(opened, promised))
        invoices = []
        for move_id, partner_id, issued, due, amount in moves:
            disputed_on, resolved_on = disputes.get(move_id, (None, None))
            invoices.append(
                Invoice(
                    ref=str(move_id),
                    partner=str(partner_id or ""),
                    issue_date=issued,
                    due_date=due or issued,
                    amount_cents=_cents(amount),
                    payments=tuple(payments.get(move_id, ())),
                    disputed_on=disputed_on,
                    dispute_resolved_on=resolved_on,
                    promises=tuple(promises.get(move_id, ())),
                )
            )
        return invoices

    def _bills_due(self, ctx):
        """Open vendor bills (posted: approved) by due date within the horizon; the overdue
        ones tomorrow. Rows (move, partner, day, amount to pay)."""
        self.env.cr.execute(
            SQL(
                """
                SELECT m.id, m.commercial_partner_id,
                       GREATEST(COALESCE(l.date_maturity, l.date), %(tomorrow)s) AS day,
                       -SUM(l.amount_residual)
                  FROM %(instalments)s
                   AND COALESCE(l.date_maturity, l.date) <= %(last)s
              GROUP BY m.id, day
                """,
                tomorrow=ctx.as_of + timedelta(days=1),
                last=ctx.as_of + timedelta(days=HORIZON),
                instalments=self._instalments_sql(ctx, VENDOR_TYPES),
            )
        )
        return self.env.cr.fetchall()

    def _contracts_due(self, ctx):
        """The next invoices of the customer contracts (OCA contract) within the horizon, each
        expected paid ``CONTRACT_PAY_DAYS`` after its date (untaxed amounts)."""
        Line = self.env.get("contract.line")
        if Line is None or "recurring_next_date" not in Line._fields:
            return {"rows": []}
        last_day = ctx.as_of + timedelta(days=HORIZON)
        last_invoice = last_day - timedelta(days=CONTRACT_PAY_DAYS)
        contract_lines = Line.search(
            [
                ("contract_id.company_id", "=", ctx.company.id),
                ("contract_id.contract_type", "=", "sale"),
                ("is_canceled", "=", False),
                ("display_type", "=", False),
                ("recurring_next_date", "!=", False),
                ("recurring_next_date", "<=", last_invoice),
            ]
        )
        rows = []
        for line in contract_lines:
            step = Line.get_relative_delta(line.recurring_rule_type, line.recurring_interval or 1)
            amount = (
                line.currency_id._convert(
                    line.price_subtotal, ctx.company.currency_id, ctx.company, ctx.as_of
                )
                if line.currency_id
                else line.price_subtotal
            )
            day = line.recurring_next_date
            for _i in range(400):  # a daily contract over the horizon at most
                if day > last_invoice or (line.date_end and day > line.date_end):
                    break
                pay = max(day, ctx.as_of + timedelta(days=1)) + timedelta(days=CONTRACT_PAY_DAYS)
                if pay <= last_day:
                    partner = line.contract_id.partner_id.commercial_partner_id
                    rows.append((line.contract_id.display_name, partner.id, pay, amount))
                day += step
        return {"rows": rows}

    def _figures_forecast(self, ctx, cash, lines):
        invoices = self._forecast_inputs(ctx)
        model = learn(invoices, ctx.as_of)
        forecasts, _issues = forecast_invoices(invoices, model, horizon=HORIZON)
        band = aggregate(
            forecasts,
            ctx.as_of,
            horizon=HORIZON,
            simulations=SIMULATIONS,
            seed=ctx.company.id,
            include_disputed=True,
        )
        bills = self._bills_due(ctx)
        paid_by_day = [0.0] * HORIZON
        for move_id, partner_id, day, amount in bills:
            index = (day - ctx.as_of).days - 1
            paid_by_day[index] += amount
            lines.append(
                {
                    "kind": "forecast_bill",
                    "move_id": move_id,
                    "partner_id": partner_id,
                    "date": day,
                    "amount": -amount,
                    "open_amount": amount,
                    "probability": 1.0,
                }
            )
        contracts = self._optional(self._contracts_due, ctx).get("rows", [])
        fixed_by_day = [0.0] * HORIZON  # contracts to invoice: no band
        for name, partner_id, day, amount in contracts:
            fixed_by_day[(day - ctx.as_of).days - 1] += amount
            lines.append(
                {
                    "kind": "forecast_contract",
                    "name": name,
                    "partner_id": partner_id,
                    "date": day,
                    "amount": amount,
                    "open_amount": amount,
                    "probability": 1.0,
                }
            )
        vals = {
            "forecast_disputed_open": band.disputed_open_cents / 100,
            "forecast_open_count": len(forecasts),
            "contract_receipts_90": sum(fixed_by_day),
        }
        cumulative_paid, running = [], 0.0
        for amount in paid_by_day:
            running += amount
            cumulative_paid.append(running)
        cumulative_fixed, running = [], 0.0
        for amount in fixed_by_day:
            running += amount
            cumulative_fixed.append(running)
        for days in (30, 60, 90):
            point = band.cumulative[days - 1]
            fixed = cumulative_fixed[days - 1]
            vals[f"receipts_{days}"] = point.expected_cents / 100 + fixed
            vals[f"receipts_{days}_p10"] = point.p10_cents / 100 + fixed
            vals[f"receipts_{days}_p90"] = point.p90_cents / 100 + fixed
            vals[f"payments_{days}"] = cumulative_paid[days - 1]
        for j, point in enumerate(band.cumulative):
            position = cash - cumulative_paid[j] + cumulative_fixed[j]
            for series, cents in (
                ("p10", point.p10_cents),
                ("expected", point.expected_cents),
                ("p90", point.p90_cents),
            ):
                lines.append(
                    {
                        "kind": "forecast_day",
                        "sequence": j,
                        "series": series,
                        "date": point.end,
                        "amount": position + cents / 100,
                    }
                )
        for w, week in enumerate(band.weeks):
            first = (week.start - ctx.as_of).days - 1
            last = (week.end - ctx.as_of).days
            bills_week = sum(paid_by_day[first:last])
            fixed_week = sum(fixed_by_day[first:last])
            lines.append(
                {
                    "kind": "forecast_week",
                    "sequence": w,
                    "date": week.start,
                    "date_end": week.end,
                    "receipts_expected": week.expected_cents / 100 + fixed_week,
                    "receipts_p10": week.p10_cents / 100 + fixed_week,
                    "receipts_p90": week.p90_cents / 100 + fixed_week,
                    "payments": bills_week,
                    "amount": week.expected_cents / 100 + fixed_week - bills_week,
                }
            )
        for f in forecasts:
            within = sum(f.probabilities)
            # the day by which half of what should come within the horizon has come (none
            # when nothing is expected within it: listed, undated)
            half, acc, index = within / 2, 0.0, None
            for j, p in enumerate(f.probabilities if within > 0 else ()):
                acc += p
                if acc >= half:
                    index = j
                    break
            lines.append(
                {
                    "kind": "forecast_invoice",
                    "move_id": int(f.ref),
                    "partner_id": int(f.partner) if f.partner else None,
                    "date": None if index is None else ctx.as_of + timedelta(days=index + 1),
                    "amount": f.expected_cents() / 100,
                    "open_amount": f.open_cents / 100,
                    "probability": within,
                    "days_late": f.days_late,
                    "status": f.status,
                }
            )
        return vals

    # ------------------------------------------------------------------ alerts
    def _alerts(self, ctx, lines):
        """What the directors' digest tells: invoices that passed 15, 30 or 60 days late since
        the previous snapshot with neither a reminder sent nor a dispute or promise open,
        connections in error, the expected cash going below the company's threshold (failed
        balance checks are added with the bank journals)."""
        cr = self.env.cr
        previous = self.search(
            [("company_id", "=", ctx.company.id), ("date", "<", ctx.as_of)],
            order="date desc",
            limit=1,
        ).date or ctx.as_of - timedelta(days=1)
        reminded = SQL("FALSE")
        if "credit.control.line" in self.env:
            reminded = SQL(
                "EXISTS (SELECT 1 FROM credit_control_line c "
                "WHERE c.invoice_id = m.id AND c.state = 'sent')"
            )
        handled = SQL("FALSE")
        if self._has_disputes():
            handled = SQL(
                """EXISTS (SELECT 1 FROM account_dispute_move_rel r
                             JOIN account_dispute d ON d.id = r.dispute_id
                            WHERE r.move_id = m.id AND d.state IN %(states)s)""",
                states=DISPUTE_OPEN_STATES,
            )
        for step in LATE_STEPS:
            late = self._open_invoices(
                ctx,
                SQL(
                    """l.date_maturity > %(first)s AND l.date_maturity <= %(last)s
                       AND NOT %(reminded)s AND NOT %(handled)s""",
                    first=previous - timedelta(days=step),
                    last=ctx.as_of - timedelta(days=step),
                    reminded=reminded,
                    handled=handled,
                ),
            )
            for move_id, partner_id, due, residual in late:
                lines.append(
                    {
                        "kind": "alert",
                        "status": f"late_{step}",
                        "move_id": move_id,
                        "partner_id": partner_id,
                        "date": due,
                        "amount": residual,
                        "days_late": (ctx.as_of - due).days,
                    }
                )
        cr.execute(
            SQL(
                "SELECT name FROM fincycle_integration "
                "WHERE company_id = %(company)s AND active AND state = 'error' ORDER BY id",
                company=ctx.company.id,
            )
        )
        for (name,) in cr.fetchall():
            lines.append({"kind": "alert", "status": "connection", "name": name})
        threshold = ctx.company.fincycle_cockpit_cash_threshold
        if threshold:
            curve = [
                line
                for line in lines
                if line["kind"] == "forecast_day" and line["series"] == "expected"
            ]
            lowest = min(curve, key=lambda line: line["amount"], default=None)
            if lowest and lowest["amount"] < threshold:
                lines.append(
                    {
                        "kind": "alert",
                        "status": "below_threshold",
                        "date": lowest["date"],
                        "amount": lowest["amount"],
                        "open_amount": threshold,
                    }
                )

    @api.model
    def _alert_text(self, line):
        """One alert in the words (and the language) of the environment."""
        amount = line.currency_id.format(line.amount)
        if line.status.startswith("late_"):
            return self.env._(
                "%(invoice)s of %(customer)s, %(amount)s: %(days)s days late, no reminder "
                "sent and no dispute or promise open.",
                invoice=line.move_id.name,
                customer=line.partner_id.display_name,
                amount=amount,
                days=line.days_late,
            )
        if line.status == "balance_check":
            return self.env._(
                "%(journal)s: the bank reports %(feed)s, the ledger holds %(ledger)s.",
                journal=line.name,
                feed=line.currency_id.format(line.feed_balance),
                ledger=amount,
            )
        if line.status == "connection":
            return self.env._("Connection %(name)s is in error.", name=line.name)
        if line.status == "below_threshold":
            return self.env._(
                "The expected cash falls to %(amount)s on %(date)s, below the threshold of "
                "%(threshold)s.",
                amount=amount,
                date=format_date(self.env, line.date),
                threshold=line.currency_id.format(line.open_amount),
            )
        return line.status

    @api.model
    def _send_digest(self, snapshots):
        """One e-mail per director (accounting manager) with the alerts of the companies she
        may see, in her language; nothing when there is nothing to say."""
        group = self.env.ref(DIRECTOR_GROUP)
        directors = group.all_user_ids.filtered(lambda u: u.active and not u.share and u.email)
        mails = self.env["mail.mail"]
        for user in directors:
            env = self.with_context(lang=user.lang).with_user(user).sudo().env
            mine = snapshots.filtered(lambda s, u=user: s.company_id in u.company_ids)
            alerts = mine.line_ids.filtered(lambda line: line.kind == "alert")
            if not alerts:
                continue
            Snapshot = env["fincycle.cockpit.snapshot"]
            sections = []
            for snapshot in mine:
                items = alerts.filtered(lambda line, s=snapshot: line.snapshot_id == s)
                if items:
                    texts = [Snapshot._alert_text(line.with_env(env)) for line in items]
                    sections.append(
                        Markup("<h3>%s</h3><ul>%s</ul>")
                        % (
                            snapshot.company_id.name,
                            Markup("").join(Markup("<li>%s</li>") % text for text in texts),
                        )
                    )
            body = Markup("<p>%s</p>%s") % (
                env._("Today's alerts of the group cockpit:"),
                Markup("").join(sections),
            )
            mails |= mails.sudo().create(
                {
                    "subject": env._("Cockpit: %(count)s alerts", count=len(alerts)),
                    "body_html": body,
                    "recipient_ids": [(4, user.partner_id.id)],
                    "auto_delete": True,
                }
            )
        return mails

    # ------------------------------------------------------------------ drill-down
    def _action_move_lines(self, name, domain):
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": "account.move.line",
            "views": [[False, "list"], [False, "form"]],
            "domain": _jsonable(domain),
            "context": {"search_default_group_by_partner": 0, "create": False},
        }

    def _action_lines(self, name, domain, view_mode="list"):
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": "fincycle.cockpit.snapshot.line",
            "views": [[False, mode] for mode in view_mode.split(",")],
            "domain": domain,
            "context": {"create": False},
        }

    @api.model
    def _action_disputes(self, companies, urgency=None):
        """The open disputes of ``companies`` (of one urgency level if given)."""
        domain = [
            ("company_id", "in", companies.ids),
            ("is_dispute", "=", True),
            ("state", "in", DISPUTE_OPEN_STATES),
        ]
        name = self.env._("Open Disputes")
        if urgency:
            labels = dict(
                self.env["account.dispute"]._fields["urgency"]._description_selection(self.env)
            )
            domain.append(("urgency", "=", urgency))
            name = self.env._("Open Disputes: %(urgency)s", urgency=labels.get(urgency, urgency))
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": "account.dispute",
            "views": [[False, "list"], [False, "form"]],
            "domain": domain,
            "context": {"create": False},
        }

    @api.model
    def _action_reminders(self, companies, level=None, as_of=None):
        """The reminders ``companies`` sent this month (of one level if given)."""
        as_of = as_of or (max(self.mapped("date")) if self else self._today(companies[:1]))
        start = _month_start(as_of)
        domain = [
            ("company_id", "in", companies.ids),
            ("state", "=", "sent"),
            "|",
            "&",
            ("date_sent", ">=", start),
            ("date_sent", "<=", as_of),
            "&",
            "&",
            ("date_sent", "=", False),
            ("date", ">=", start),
            ("date", "<=", as_of),
        ]
        name = self.env._("Reminders Sent This Month")
        context = {"group_by": ["level"]}
        if level is not None:
            domain.append(("level", "=", level) if level else ("level", "in", (0, False)))
            name = self.env._("Reminders Sent This Month, Level %(level)s", level=level)
            context = {}
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": "credit.control.line",
            "views": [[False, "list"], [False, "form"]],
            "domain": _jsonable(domain),
            "context": dict(context, create=False),
        }

    def action_view_bucket(self, bucket):
        """The open instalments of one ageing bucket (False for an unknown bucket)."""
        field = self.env["fincycle.cockpit.snapshot.line"]._fields["bucket"]
        labels = dict(field._description_selection(self.env))
        if not self or not isinstance(bucket, str) or bucket not in BUCKET_DAYS:
            return False
        return self._action_move_lines(
            labels.get(bucket),
            self._domain_bucket(self.company_id, max(self.mapped("date")), bucket),
        )

    @api.model
    def _domain_receivable(self, companies, as_of):
        """Open customer invoice instalments (what the ageing adds up)."""
        return Domain(
            [
                ("company_id", "in", companies.ids),
                ("display_type", "=", "payment_term"),
                ("parent_state", "=", "posted"),
                ("move_id.move_type", "in", CUSTOMER_TYPES),
                ("amount_residual", "!=", 0),
                ("date", "<=", as_of),
            ]
        )

    @api.model
    def _domain_bucket(self, companies, as_of, bucket):
        first, last = BUCKET_DAYS[bucket]
        domain = self._domain_receivable(companies, as_of)
        if first is not None:  # due on or before as_of - first
            domain &= Domain("date_maturity", "<=", as_of - timedelta(days=first))
        if last is not None:
            domain &= Domain("date_maturity", ">=", as_of - timedelta(days=last))
        return domain

    @api.model
    def _domain_overdue(self, companies, as_of):
        return self._domain_receivable(companies, as_of) & Domain("date_maturity", "<", as_of)

    @api.model
    def _domain_disputed(self, companies, as_of):
        return self._domain_receivable(companies, as_of) & Domain(
            "move_id.dispute_ids",
            "any",
            [("is_dispute", "=", True), ("state", "in", DISPUTE_OPEN_STATES)],
        )

    @api.model
    def _domain_sales(self, companies, as_of):
        return Domain(
            [
                ("company_id", "in", companies.ids),
                ("state", "=", "posted"),
                ("move_type", "in", CUSTOMER_TYPES),
                ("invoice_date", ">=", as_of - timedelta(days=DSO_PERIOD - 1)),
                ("invoice_date", "<=", as_of),
            ]
        )

    @api.model
    def _domain_recovery(self, companies, as_of):
        end = as_of - timedelta(days=RECOVERY_WITHIN)
        return Domain(
            [
                ("company_id", "in", companies.ids),
                ("display_type", "=", "payment_term"),
                ("parent_state", "=", "posted"),
                ("move_id.move_type", "=", "out_invoice"),
                ("date_maturity", ">=", end - timedelta(days=RECOVERY_WINDOW - 1)),
                ("date_maturity", "<=", end),
            ]
        )

    @api.model
    def _domain_waiting_approval(self, companies):
        return Domain(
            [
                ("company_id", "in", companies.ids),
                ("state", "=", "draft"),
                ("review_ids.status", "in", ("waiting", "pending")),
            ]
        )

    @api.model
    def _domain_revenue(self, companies, as_of, last_year=False):
        start, end = _month_start(as_of), as_of
        if last_year:
            start, end = _year_before(start), _year_before(end)
        return Domain(
            [
                ("company_id", "in", companies.ids),
                ("parent_state", "=", "posted"),
                ("account_id.account_type", "in", INCOME_TYPES),
                ("date", ">=", start),
                ("date", "<=", end),
            ]
        )


class _Ctx:
    """What every figure of one company's snapshot needs."""

    def __init__(self, env, company, as_of, rate):
        self.env = env
        self.company = company
        self.as_of = as_of
        self.rate = rate
