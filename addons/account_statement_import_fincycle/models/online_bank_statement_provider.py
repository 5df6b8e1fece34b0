# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal

from pytz import timezone, utc

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import float_compare, float_is_zero

from fincycle.http import AuthError, FincycleHttpError, install_failed_query_filter, redact

from .fincycle_sync_run import BANK_STATEMENTS

_logger = logging.getLogger(__name__)
# A failed write of a provider is logged with its values: the credentials below.
install_failed_query_filter(["online_bank_statement_provider"], "odoo.sql_db")

CREDENTIAL_GROUP = "base.group_system"
# Keys a provider may add to a line's values for the booking step; removed before create.
LINE_CURRENCY = "_fincycle_currency"
LINE_FOREIGN_CURRENCY = "_fincycle_foreign_currency"
LINE_BALANCE_AFTER = "_fincycle_balance_after"
PRIVATE_KEYS = (LINE_CURRENCY, LINE_FOREIGN_CURRENCY, LINE_BALANCE_AFTER)
# Context of a scheduled pull: its sync run, and the counts booked since its last checkpoint.
SYNC_RUN_CONTEXT = "fincycle_sync_run_id"
SYNC_COUNTS_CONTEXT = "fincycle_sync_counts"
SYNC_ERRORS_CONTEXT = "fincycle_sync_errors"


class OnlineBankStatementProvider(models.Model):
    _inherit = "online.bank.statement.provider"

    # The framework stores credentials in plain fields every accountant can read: system
    # administrators only from here on.
    username = fields.Char(groups=CREDENTIAL_GROUP)
    password = fields.Char(groups=CREDENTIAL_GROUP)
    key = fields.Binary(groups=CREDENTIAL_GROUP)
    certificate = fields.Binary(groups=CREDENTIAL_GROUP)
    passphrase = fields.Char(groups=CREDENTIAL_GROUP)
    certificate_public_key = fields.Text(groups=CREDENTIAL_GROUP)
    certificate_private_key = fields.Text(groups=CREDENTIAL_GROUP)
    certificate_chain = fields.Text(groups=CREDENTIAL_GROUP)
    # Where those credentials are sent: a manager pointing it at his own server would get them.
    api_base = fields.Char(groups=CREDENTIAL_GROUP)

    fincycle_integration_id = fields.Many2one(
        "fincycle.integration",
        string="Connection",
        ondelete="restrict",
        index=True,
        help="The Fincycle connection holding the credentials and receiving the webhooks.",
    )
    fincycle_remote_account_id = fields.Char(
        "Provider Account ID",
        index=True,
        copy=False,
        help="The account (pocket) at the provider whose movements go to this journal.",
    )
    fincycle_last_failure_at = fields.Datetime("Last Failed Pull", readonly=True, copy=False)
    fincycle_last_failure_message = fields.Text("Last Pull Error", readonly=True, copy=False)
    fincycle_last_booked_count = fields.Integer("Lines Booked by Last Pull", readonly=True)
    fincycle_pending_amount = fields.Float(
        "Pending at Provider",
        readonly=True,
        copy=False,
        help="Sum of the movements the provider has not completed yet; they are booked once "
        "completed.",
    )
    fincycle_oldest_pending_at = fields.Datetime(
        readonly=True,
        copy=False,
        help="Creation time of the oldest pending movement: pulls re-read from there so its "
        "completion is never missed.",
    )
    fincycle_opening_balance = fields.Float(
        "Opening Balance",
        copy=False,
        help="Provider balance before the first booked line; the journal balance is compared "
        "with the provider's from this base.",
    )
    fincycle_opening_balance_set = fields.Boolean(copy=False)
    fincycle_provider_balance = fields.Float("Provider Balance", readonly=True, copy=False)
    fincycle_journal_balance = fields.Float("Journal Balance", readonly=True, copy=False)
    fincycle_balance_difference = fields.Float("Balance Difference", readonly=True, copy=False)
    fincycle_balance_checked_at = fields.Datetime("Balance Checked", readonly=True, copy=False)
    fincycle_balance_state = fields.Selection(
        [("ok", "Matches"), ("mismatch", "Difference"), ("unknown", "Not Checked")],
        "Balance Check",
        default="unknown",
        readonly=True,
        copy=False,
    )

    _fincycle_remote_account_uniq = models.UniqueIndex(
        "(fincycle_integration_id, fincycle_remote_account_id) "
        "WHERE fincycle_remote_account_id IS NOT NULL AND active IS TRUE",
        "A provider account is mapped to one journal only.",
    )

    @api.constrains("fincycle_integration_id", "journal_id")
    def _check_fincycle_integration_company(self):
        for provider in self:
            integration = provider.fincycle_integration_id
            if integration and integration.company_id != provider.journal_id.company_id:
                raise UserError(
                    self.env._(
                        "The connection %(connection)s belongs to %(company)s; the journal "
                        "%(journal)s to %(journal_company)s. Use a connection of the journal's "
                        "company.",
                        connection=integration.name,
                        company=integration.company_id.name,
                        journal=provider.journal_id.display_name,
                        journal_company=provider.journal_id.company_id.name,
                    )
                )

    # -- hooks for Fincycle providers ------------------------------------------------------
    def _fincycle_window_fetch_enabled(self):
        """True when ``self.service`` fetches a whole window at once with
        ``_fincycle_fetch_window`` (one paged API walk instead of one per statement day)."""
        return False

    def _fincycle_fetch_window(self, date_since, date_until):
        """Return a dict: ``lines`` (statement line values; ``date`` an aware or UTC datetime,
        ``amount``, ``unique_import_id`` the provider's id, plus the optional private keys
        ``_fincycle_currency``, ``_fincycle_foreign_currency`` (codes) and
        ``_fincycle_balance_after``), ``problems`` (sentences for the chatter), and optional
        ``balance`` (the provider's booked balance now, for the check), ``pending``
        (list of {amount, created_at}) ."""
        raise NotImplementedError

    # -- pulling ---------------------------------------------------------------------------
    def _pull(self, date_since, date_until):
        if self.env.context.get("scheduled") and not self.env.context.get(SYNC_RUN_CONTEXT):
            debug_data = []
            for provider in self:
                debug_data += provider._fincycle_scheduled_pull(date_since, date_until)
            return debug_data
        window = self.filtered(lambda p: p._fincycle_window_fetch_enabled())
        others = self - window
        debug_data = []
        if others:
            started = fields.Datetime.now()
            debug_data = super(
                OnlineBankStatementProvider, others.with_context(fincycle_pull_started=started)
            )._pull(date_since, date_until)
        is_scheduled = self.env.context.get("scheduled")
        for record in window:
            provider = record.with_company(record.company_id)
            try:
                debug_data += provider._fincycle_pull_window(date_since, date_until)
            except Exception as exc:
                if not is_scheduled:
                    raise
                provider._fincycle_log_pull_failure(exc, date_since, date_until)
            else:
                if is_scheduled:
                    provider._schedule_next_run()
        return debug_data

    # -- sync runs: every scheduled pull is one ------------------------------------------
    def _fincycle_scheduled_pull(self, date_since, date_until):
        """A scheduled pull as a ``fincycle.sync.run``: lines booked (created), already booked
        (skipped) and not bookable (failed), progress over the statement periods, the time
        booked up to as checkpoint; a pull cut short resumes from there."""
        self.ensure_one()
        run = self.env["fincycle.sync.run"]._open(
            BANK_STATEMENTS,
            [("bank_provider_id", "=", self.id)],
            {
                "bank_provider_id": self.id,
                "integration_id": self.fincycle_integration_id.id,
                "source": self.journal_id.display_name or self.name,
            },
        )
        since = self._fincycle_resume_point(run, date_since, date_until)
        run.write(
            {
                "cursor": fields.Datetime.to_string(since),
                "progress_total": self._fincycle_period_count(since, date_until),
            }
        )
        errors = []
        provider = self.with_context(
            **{SYNC_RUN_CONTEXT: run.id, SYNC_COUNTS_CONTEXT: {}, SYNC_ERRORS_CONTEXT: errors}
        )
        debug_data = OnlineBankStatementProvider._pull(provider, since, date_until)
        # The connection's state is recorded by the pull itself (success or failure).
        run._finish(error="\n".join(errors) or None, record=False)
        return debug_data

    def _fincycle_resume_point(self, run, date_since, date_until):
        """Where a scheduled pull starts: after what the last pull booked when it was cut
        short or failed after some periods (its checkpoint), else at ``date_since``."""
        previous = run.resumed_from_id
        if not (previous and previous.progress_done and previous.cursor):
            return date_since
        try:
            cursor = fields.Datetime.to_datetime(previous.cursor)
        except ValueError:
            return date_since
        return cursor if date_since < cursor < date_until else date_since

    def _fincycle_period_count(self, date_since, date_until):
        """Steps of a pull: one walk for a window provider, else its statement periods."""
        if self._fincycle_window_fetch_enabled():
            return 1
        count, start = 0, self._get_statement_date_since(date_since)
        while start < date_until:
            start += self._get_statement_date_step()
            count += 1
        return count

    def _fincycle_count(self, **counts):
        """Add to the counts of the scheduled pull under way, if any."""
        pending = self.env.context.get(SYNC_COUNTS_CONTEXT)
        if pending is not None:
            for key, value in counts.items():
                pending[key] = pending.get(key, 0) + value

    def _fincycle_sync_checkpoint(self, booked_until):
        """After a statement period (or a window) is booked: its counts and the checkpoint
        (committed inside the cron, so a crash loses at most one period)."""
        run_id = self.env.context.get(SYNC_RUN_CONTEXT)
        if not run_id:
            return
        run = self.env["fincycle.sync.run"].sudo().browse(run_id)
        pending = self.env.context.get(SYNC_COUNTS_CONTEXT)
        counts = dict(pending or {})
        if pending is not None:
            pending.clear()
        run._checkpoint(
            cursor=fields.Datetime.to_string(booked_until),
            done=run.progress_done + 1,
            **counts,
        )

    def _create_or_update_statement(self, data, statement_date_since, statement_date_until):
        statement = super()._create_or_update_statement(
            data, statement_date_since, statement_date_until
        )
        self._fincycle_sync_checkpoint(statement_date_until)
        return statement

    def _log_provider_exception(self, exception, statement_date_since, statement_date_until):
        result = super()._log_provider_exception(
            exception, statement_date_since, statement_date_until
        )
        self._fincycle_note_failure(exception)
        return result

    def _schedule_next_run(self):
        """Advance ``next_run`` always, ``last_successful_run`` only when this pull worked:
        the framework moves it after a failed pull too, leaving a hole in the statements."""
        self.ensure_one()
        started = self.env.context.get("fincycle_pull_started")
        failed = self.fincycle_last_failure_at and (
            not started or self.fincycle_last_failure_at >= started
        )
        if failed:
            self.next_run += self._get_next_run_period()
            return None
        if self.fincycle_last_failure_at:
            self.write({"fincycle_last_failure_at": False, "fincycle_last_failure_message": False})
        return super()._schedule_next_run()

    def _fincycle_note_failure(self, exception):
        message = exception.message if isinstance(exception, FincycleHttpError) else str(exception)
        message = message or type(exception).__name__
        if self.fincycle_integration_id:
            message = redact(message, self.fincycle_integration_id._fincycle_secret_values())
        errors = self.env.context.get(SYNC_ERRORS_CONTEXT)
        if errors is not None:
            errors.append(message)
        self.write(
            {
                "fincycle_last_failure_at": fields.Datetime.now(),
                "fincycle_last_failure_message": message,
            }
        )
        return message

    def _fincycle_log_pull_failure(self, exception, date_since, date_until):
        if not isinstance(exception, FincycleHttpError | UserError):
            _logger.exception("Online pull of %s failed", self.name)
        message = self._fincycle_note_failure(exception)
        self.message_post(
            body=self.env._(
                "Pull from %(since)s to %(until)s failed, nothing was booked and the period "
                "will be read again by the next pull: %(message)s",
                since=date_since,
                until=date_until,
                message=message,
            )
        )
        integration = self.fincycle_integration_id
        if integration:
            if not isinstance(exception, AuthError):
                integration._fincycle_record_error(message)
            integration._fincycle_handle_failure(exception, message)

    def _fincycle_pull_window(self, date_since, date_until):
        """Fetch [since, until) in one walk and book it; all or nothing."""
        self.ensure_one()
        since = date_since
        if self.fincycle_oldest_pending_at and self.fincycle_oldest_pending_at < since:
            # A movement pending at the last pull completes later but keeps its creation
            # time: read back to it.
            since = self.fincycle_oldest_pending_at
        with self.env.cr.savepoint():
            data = self._fincycle_fetch_window(since, date_until) or {}
            if self.env.context.get("account_statement_online_import_debug"):
                return list(data.get("lines") or [])
            self.with_context(fincycle_whole_pull=True)._fincycle_book(data)
        self._fincycle_sync_checkpoint(date_until)
        return []

    def _fincycle_pull_now(self, lookback=timedelta(days=1)):
        """A narrow pull outside the schedule (webhooks, the Pull button): errors raise, the
        schedule and ``last_successful_run`` are left alone."""
        now = fields.Datetime.now()
        for provider in self:
            provider.with_company(provider.company_id)._fincycle_pull_window(
                now - lookback, now + timedelta(minutes=1)
            )

    # -- booking ---------------------------------------------------------------------------
    def _fincycle_journal_currency(self):
        journal = self.journal_id
        return journal.currency_id or journal.company_id.currency_id

    def _fincycle_book(self, data):
        """Book the new lines of ``data`` (see ``_fincycle_fetch_window``), report problems,
        check the balance. Returns the created statement lines."""
        self.ensure_one()
        problems = list(data.get("problems") or [])
        raw_lines = data.get("lines") or []
        lines, line_problems = self._fincycle_prepare_lines(raw_lines)
        problems += line_problems
        created = self._fincycle_create_lines(lines)
        self._fincycle_count(
            created=len(created),
            skipped=len(raw_lines) - len(lines) - len(line_problems),
            failed=len(problems),
        )
        state = {"fincycle_last_booked_count": len(created)}
        if "pending" in data:
            # Only a whole pull knows what is pending; a single booked movement (webhook)
            # leaves the pull's picture alone.
            pending = data["pending"] or []
            state["fincycle_pending_amount"] = float(
                sum(Decimal(str(p["amount"])) for p in pending)
            )
            state["fincycle_oldest_pending_at"] = min(
                (_naive_utc(p["created_at"]) for p in pending if p.get("created_at")),
                default=False,
            )
        if self.env.context.get("fincycle_whole_pull"):
            state.update(fincycle_last_failure_at=False, fincycle_last_failure_message=False)
        self.write(state)
        if problems:
            self.message_post(
                body=self.env._(
                    "Some movements could not be booked; everything else was: %(problems)s",
                    problems="; ".join(problems),
                )
            )
            _logger.warning("Online pull of %s: %s", self.name, "; ".join(problems))
        if data.get("balance") is not None:
            self._fincycle_check_balance(Decimal(str(data["balance"])), created)
        if self.fincycle_integration_id:
            self.fincycle_integration_id._fincycle_record_success()
        return created

    def _fincycle_prepare_lines(self, raw_lines):
        """Currency checks, timezone, prefixed unique ids, partner by IBAN, duplicates
        dropped with one query for the whole batch."""
        journal = self.journal_id
        journal_currency = self._fincycle_journal_currency()
        currencies = {
            c.name: c
            for c in self.env["res.currency"]
            .with_context(active_test=False)
            .search_fetch([], ["name", "active"])
        }
        provider_tz = timezone(self.tz) if self.tz else utc
        problems = []
        prepared = []
        for raw in raw_lines:
            vals = dict(raw)
            problem = self._fincycle_apply_currencies(vals, journal_currency, currencies)
            if problem:
                problems.append(problem)
                continue
            date = vals["date"]
            if not isinstance(date, datetime):
                date = fields.Datetime.to_datetime(date)
            if date.tzinfo is None:
                date = date.replace(tzinfo=utc)
            vals["_fincycle_period_date"] = date.astimezone(utc).replace(tzinfo=None)
            vals["date"] = date.astimezone(provider_tz).date()
            vals["amount"] = float(vals["amount"])
            if vals.get("unique_import_id"):
                journal._statement_line_import_update_unique_import_id(vals, self.account_number)
            if not vals.get("payment_ref"):
                vals["payment_ref"] = vals.get("ref") or "/"
            vals["journal_id"] = journal.id
            prepared.append(vals)
        known = self.env["account.bank.statement.line"]._fincycle_booked_import_ids(
            v.get("unique_import_id") for v in prepared
        )
        fresh = []
        if len(known) < len(prepared):
            speeddict = journal._statement_line_import_speeddict()
            for vals in prepared:
                uid = vals.get("unique_import_id")
                if uid in known:
                    continue
                if uid:
                    known.add(uid)  # the same movement twice in one delivery
                journal._statement_line_import_update_hook(vals, speeddict)
                fresh.append(vals)
        return fresh, problems

    def _fincycle_apply_currencies(self, vals, journal_currency, currencies):
        """Check the line's currency against the journal's and resolve the original
        (foreign) currency; returns a problem sentence when the line cannot be booked."""
        code = vals.pop(LINE_CURRENCY, None)
        reference = vals.get("unique_import_id") or vals.get("payment_ref") or "?"
        if code and code != journal_currency.name:
            if code not in currencies:
                return self.env._(
                    "%(ref)s: unknown currency %(code)s (%(amount)s)",
                    ref=reference,
                    code=code,
                    amount=vals.get("amount"),
                )
            return self.env._(
                "%(ref)s: in %(code)s, but journal %(journal)s is in %(journal_code)s",
                ref=reference,
                code=code,
                journal=self.journal_id.display_name,
                journal_code=journal_currency.name,
            )
        foreign = vals.pop(LINE_FOREIGN_CURRENCY, None)
        if not (foreign and foreign != journal_currency.name and vals.get("amount_currency")):
            vals.pop("amount_currency", None)
        elif foreign in currencies and currencies[foreign].active:
            vals["foreign_currency_id"] = currencies[foreign].id
        else:
            vals.pop("amount_currency", None)
            note = self.env._(
                "Original amount in %(code)s not kept: the currency is unknown or inactive.",
                code=foreign,
            )
            vals["narration"] = "\n".join(filter(None, [vals.get("narration"), note]))
        return None

    def _fincycle_create_lines(self, lines):
        """Create the lines in the framework's statements (one per period), all lines in one
        ORM ``create``: Odoo posts and numbers a batch much faster than many small ones."""
        StatementLine = self.env["account.bank.statement.line"].with_context(tracking_disable=True)
        if not lines:
            return StatementLine
        by_period = defaultdict(list)
        # Oldest first, to the microsecond: the last line's balance closes the statement.
        for vals in sorted(lines, key=lambda v: v["_fincycle_period_date"]):
            by_period[self._get_statement_date_since(vals.pop("_fincycle_period_date"))].append(
                vals
            )
        Statement = self.env["account.bank.statement"].with_context(tracking_disable=True)
        to_create = []
        balances_by_statement = {}
        for period_start in sorted(by_period):
            period_lines = by_period[period_start]
            balances = [v.pop(LINE_BALANCE_AFTER, None) for v in period_lines]
            to_create += period_lines
            if not self.create_statement:
                continue
            name = self.make_statement_name(period_start)
            statement = Statement.search(
                [("journal_id", "=", self.journal_id.id), ("name", "=", name)], limit=1
            )
            if not statement:
                values = {"name": name, "journal_id": self.journal_id.id}
                if balances[0] is None:
                    self._update_statement_balances(values)
                statement = Statement.with_context(journal_id=self.journal_id.id).create(values)
                if balances[0] is not None:
                    balances_by_statement[statement] = {
                        "balance_start": float(balances[0]) - period_lines[0]["amount"]
                    }
            if balances[-1] is not None:
                balances_by_statement.setdefault(statement, {})["balance_end_real"] = float(
                    balances[-1]
                )
            for vals in period_lines:
                vals["statement_id"] = statement.id
        created = StatementLine.create(to_create)
        for statement, values in balances_by_statement.items():
            statement.write(values)
        if not self.fincycle_opening_balance_set:
            # The journal balance is compared from the start of the first statement booked.
            first_statement = self.env["account.bank.statement"].search(
                [("journal_id", "=", self.journal_id.id)], order="name asc", limit=1
            )
            self.write(
                {
                    "fincycle_opening_balance": first_statement.balance_start,
                    "fincycle_opening_balance_set": True,
                }
            )
        return created

    def _fincycle_journal_booked_balance(self):
        self.ensure_one()
        self.env["account.bank.statement.line"].flush_model(["amount", "journal_id"])
        self.env.cr.execute(
            "SELECT COALESCE(SUM(amount), 0) FROM account_bank_statement_line "
            "WHERE journal_id = %s",
            [self.journal_id.id],
        )
        return self.fincycle_opening_balance + (self.env.cr.fetchone()[0] or 0.0)

    def _fincycle_check_balance(self, provider_balance, created=None):
        """Compare the provider's booked balance with the journal's; flag more than 0.01."""
        self.ensure_one()
        journal_balance = self._fincycle_journal_booked_balance()
        rounding = self._fincycle_journal_currency().rounding
        difference = float(provider_balance) - journal_balance
        mismatch = float_compare(abs(difference), 0.01, precision_digits=4) > 0
        was = self.fincycle_balance_state
        self.write(
            {
                "fincycle_provider_balance": float(provider_balance),
                "fincycle_journal_balance": journal_balance,
                "fincycle_balance_difference": 0.0
                if float_is_zero(difference, precision_rounding=rounding)
                else difference,
                "fincycle_balance_checked_at": fields.Datetime.now(),
                "fincycle_balance_state": "mismatch" if mismatch else "ok",
            }
        )
        if mismatch and was != "mismatch":
            self.message_post(
                body=self.env._(
                    "Balance check: the provider reports %(provider)s, journal %(journal)s "
                    "holds %(booked)s (difference %(difference)s). Look for a missing or "
                    "duplicated movement, or correct the opening balance.",
                    provider=f"{provider_balance:.2f}",
                    journal=self.journal_id.display_name,
                    booked=f"{journal_balance:.2f}",
                    difference=f"{difference:.2f}",
                )
            )
        elif not mismatch and was == "mismatch":
            self.message_post(body=self.env._("Balance check: the difference is resolved."))
        return difference

    # -- framework path (OCA providers): one query for the duplicates of a batch ------------
    def _get_statement_filtered_lines(
        self, unfiltered_lines, statement_values, statement_date_since, statement_date_until
    ):
        received = unfiltered_lines or []
        if unfiltered_lines and len(unfiltered_lines) > 1:
            journal = self.journal_id
            candidates = {}
            for index, line in enumerate(unfiltered_lines):
                if line.get("unique_import_id"):
                    probe = {"unique_import_id": line["unique_import_id"]}
                    journal._statement_line_import_update_unique_import_id(
                        probe, self.account_number
                    )
                    candidates[probe["unique_import_id"]] = index
            booked = self.env["account.bank.statement.line"]._fincycle_booked_import_ids(candidates)
            known = {candidates[key] for key in booked}
            if known:
                # Known lines still move the balances of the period they fall outside.
                unfiltered_lines = [
                    line
                    for index, line in enumerate(unfiltered_lines)
                    if index not in known
                    or not self._fincycle_inside(line, statement_date_since, statement_date_until)
                ]
        filtered = super()._get_statement_filtered_lines(
            unfiltered_lines, statement_values, statement_date_since, statement_date_until
        )
        inside = sum(
            1
            for line in received
            if self._fincycle_inside(line, statement_date_since, statement_date_until)
        )
        self._fincycle_count(created=len(filtered), skipped=max(0, inside - len(filtered)))
        return filtered

    @staticmethod
    def _fincycle_inside(line, since, until):
        date = line["date"]
        if not isinstance(date, datetime):
            date = fields.Datetime.to_datetime(date)
        return since <= _naive_utc(date) < until

    # -- UI --------------------------------------------------------------------------------
    def action_fincycle_sync_runs(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "fincycle_base.action_fincycle_sync_run"
        )
        action["domain"] = [("bank_provider_id", "=", self.id)]
        return action

    def action_fincycle_pull_now(self):
        self.check_access("write")
        for provider in self:
            provider._fincycle_pull_now(lookback=timedelta(days=3))
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "%(count)s new line(s) booked.",
                    count=sum(self.mapped("fincycle_last_booked_count")),
                ),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }


class FincycleIntegration(models.Model):
    """A connection's bank feeds are the providers (journals) linked to it."""

    _inherit = "fincycle.integration"

    def _fincycle_feeds(self):
        feeds = super()._fincycle_feeds()
        if not self.ids:
            return feeds
        # Read with sudo: every user who sees the connection sees what it feeds (names,
        # balances), not the providers' credentials; the connection's company rule applies.
        providers = (
            self.env["online.bank.statement.provider"]
            .sudo()
            .with_context(active_test=False)
            .search(
                [("fincycle_integration_id", "in", self.ids), ("journal_id", "!=", False)],
                order="journal_id, id",
            )
        )
        for provider in providers:
            # A journal whose account moved to another journal keeps a deactivated provider
            # without an account: no feed any more.
            if not provider.active and not provider.fincycle_remote_account_id:
                continue
            checked = provider.fincycle_balance_state in ("ok", "mismatch")
            feeds.setdefault(provider.fincycle_integration_id.id, []).append(
                {
                    "name": provider.journal_id.name,
                    "last_success": provider.last_successful_run,
                    "balance": provider.fincycle_provider_balance if checked else None,
                    "journal_balance": provider.fincycle_journal_balance if checked else None,
                    "currency": provider._fincycle_journal_currency(),
                    "balance_state": provider.fincycle_balance_state or "unknown",
                    "failure": provider.fincycle_last_failure_message,
                    "failure_at": provider.fincycle_last_failure_at,
                }
            )
        return feeds


def _naive_utc(value):
    if isinstance(value, str):
        value = fields.Datetime.to_datetime(value.replace("Z", "").replace("T", " ")[:26])
    if value.tzinfo is not None:
        value = value.astimezone(utc).replace(tzinfo=None)
    return value
