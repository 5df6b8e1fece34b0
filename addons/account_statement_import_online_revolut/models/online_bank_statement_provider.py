# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from pytz import utc

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.banking import revolut

SERVICE = "revolut"
# Revolut changes a transaction's state after creation (pending → completed, completed →
# reverted) while listings filter on creation time: once a day the pull re-reads this far back.
DEEP_REREAD = timedelta(days=14)
DEEP_REREAD_EVERY = timedelta(hours=24)


class OnlineBankStatementProvider(models.Model):
    _inherit = "online.bank.statement.provider"

    revolut_last_deep_read_at = fields.Datetime(readonly=True, copy=False)

    @api.model
    def _get_available_services(self):
        return [*super()._get_available_services(), (SERVICE, "Revolut Business")]

    def _fincycle_window_fetch_enabled(self):
        if self.service == SERVICE:
            return True
        return super()._fincycle_window_fetch_enabled()

    def _revolut_integration(self):
        self.ensure_one()
        integration = self.fincycle_integration_id
        if not integration or integration.provider != "revolut":
            raise UserError(
                self.env._(
                    "Journal %(journal)s pulls from Revolut but has no Revolut connection: use "
                    "Map Accounts on the connection.",
                    journal=self.journal_id.display_name,
                )
            )
        if not self.fincycle_remote_account_id:
            raise UserError(
                self.env._(
                    "Journal %(journal)s has no Revolut account: use Map Accounts on the "
                    "connection.",
                    journal=self.journal_id.display_name,
                )
            )
        return integration

    def _fincycle_fetch_window(self, date_since, date_until):
        if self.service != SERVICE:
            return super()._fincycle_fetch_window(date_since, date_until)
        integration = self._revolut_integration()
        client = integration._revolut_client()
        now = fields.Datetime.now()
        deep = not self.revolut_last_deep_read_at or (
            self.revolut_last_deep_read_at + DEEP_REREAD_EVERY <= now
        )
        since = min(date_since, now - DEEP_REREAD) if deep else date_since
        account_id = self.fincycle_remote_account_id
        lines, problems, pending = [], [], []
        for transaction in client.iter_transactions(
            since.replace(tzinfo=utc),
            date_until.replace(tzinfo=utc),
            account_id=account_id,
            count=self._revolut_page_size(),
        ):
            result = revolut.leg_lines(transaction, account_id, client.counterparty)
            for line in result.lines:
                lines += self._revolut_line_values(line)
            pending += result.pending
            problems += [
                f"{tid}: {reason}"
                for tid, reason in result.skipped
                if reason and not reason.startswith(("declined", "failed"))
            ]
        balance = client.account(account_id).get("balance")
        if deep:
            self.revolut_last_deep_read_at = now
        return {"lines": lines, "problems": problems, "pending": pending, "balance": balance}

    def _revolut_page_size(self):
        return revolut.MAX_PAGE

    @api.model
    def _revolut_line_values(self, line):
        """A ``fincycle.banking.revolut`` line → statement line values for the booking step
        (the movement, and its fee as a line of its own)."""
        return revolut.statement_lines(
            line, fee_label=lambda label: self.env._("Revolut fee: %(label)s", label=label)
        )
