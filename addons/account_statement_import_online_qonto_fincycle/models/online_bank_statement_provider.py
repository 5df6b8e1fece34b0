# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json
import logging
from datetime import timedelta

from odoo import models
from odoo.exceptions import UserError

from odoo.addons.account_statement_import_online_qonto.models import (
    online_bank_statement_provider_qonto as oca_qonto,
)
from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.banking import qonto
from fincycle.http import AuthError, FincycleHttpError, HttpPolicy, make_session, origin

_logger = logging.getLogger(__name__)

SERVICE = "qonto"
# Read a little before the window: the window's bounds are our clock, updated_at is Qonto's.
OVERLAP = timedelta(minutes=10)


class OnlineBankStatementProvider(models.Model):
    _inherit = "online.bank.statement.provider"

    # -- Fincycle window fetch (a Qonto connection is linked) -----------------------------
    def _fincycle_window_fetch_enabled(self):
        if self.service == SERVICE and self.fincycle_integration_id:
            return True
        return super()._fincycle_window_fetch_enabled()

    def _qonto_integration(self):
        self.ensure_one()
        integration = self.fincycle_integration_id
        if not integration or integration.provider != "qonto":
            raise UserError(
                self.env._(
                    "Journal %(journal)s pulls from Qonto but its connection %(connection)s is "
                    "not a Qonto one: use Map Accounts on a Qonto connection.",
                    journal=self.journal_id.display_name,
                    connection=integration.display_name or "-",
                )
            )
        return integration

    def _qonto_selector(self):
        """How /v2/transactions finds this journal's account: its id once known, else the
        journal's IBAN, which also works for external accounts (OCA #921)."""
        if self.fincycle_remote_account_id:
            return {"bank_account_id": self.fincycle_remote_account_id}
        if self.account_number:
            return {"iban": self.account_number}
        raise UserError(
            self.env._(
                "Journal %(journal)s has neither a Qonto account nor an IBAN: use Map Accounts "
                "on the Qonto connection.",
                journal=self.journal_id.display_name,
            )
        )

    def _qonto_account(self, client):
        """This journal's Qonto bank account (organization list, external ones included), and
        remember its id when the journal was matched by IBAN."""
        selector = self._qonto_selector()
        account = client.find_bank_account(
            bank_account_id=selector.get("bank_account_id"), iban=selector.get("iban")
        )
        if account and not self.fincycle_remote_account_id and account.get("id"):
            taken = self.search_count(
                [
                    ("fincycle_integration_id", "=", self.fincycle_integration_id.id),
                    ("fincycle_remote_account_id", "=", account["id"]),
                ]
            )
            if not taken:
                self.fincycle_remote_account_id = account["id"]
        return account

    def _fincycle_fetch_window(self, date_since, date_until):
        if self.service != SERVICE:
            return super()._fincycle_fetch_window(date_since, date_until)
        client = self._qonto_integration()._qonto_client()
        selector = self._qonto_selector()
        account = self._qonto_account(client)
        # Everything updated since the window start, up to now: a movement settled in the
        # window but touched later (note, attachment) is still read, and dedup drops repeats.
        transactions = list(client.iter_transactions(updated_from=date_since - OVERLAP, **selector))
        batch = qonto.split_transactions(transactions)
        balance = None
        journal_currency = self._fincycle_journal_currency().name
        if (
            account
            and account.get("balance") is not None
            and account.get("currency")
            in (
                None,
                journal_currency,
            )
        ):
            # Read again: a movement settling while we paged would make a false difference.
            again = client.find_bank_account(bank_account_id=account["id"])
            if again and again.get("balance") == account["balance"]:
                balance = account["balance"]
        return {
            "lines": sorted(batch.lines, key=lambda vals: vals["date"]),
            "problems": batch.problems + self._qonto_reversal_problems(batch.skipped),
            "pending": batch.pending,
            "balance": balance,
        }

    def _qonto_reversal_problems(self, skipped):
        """Declined/reversed movements are not booked; one already booked must be undone by
        hand, so it is reported."""
        if not skipped:
            return []
        journal = self.journal_id
        by_uid = {}
        for ref, status, _reason in skipped:
            probe = {"unique_import_id": ref}
            journal._statement_line_import_update_unique_import_id(probe, self.account_number)
            by_uid[probe["unique_import_id"]] = (ref, status)
        lines = (
            self.env["account.bank.statement.line"]
            .sudo()
            .search([("unique_import_id", "in", list(by_uid))])
        )
        return [
            self.env._(
                "%(ref)s was booked (%(line)s) but Qonto now reports it %(status)s: reverse "
                "that line if the money did not move.",
                ref=by_uid[line.unique_import_id][0],
                line=line.display_name,
                status=by_uid[line.unique_import_id][1],
            )
            for line in lines
        ]

    def _qonto_book_transactions(self, transactions):
        """Book single transactions (webhooks) through the Fincycle booking step."""
        self.ensure_one()
        batch = qonto.split_transactions(transactions)
        return self._fincycle_book(
            {
                "lines": sorted(batch.lines, key=lambda vals: vals["date"]),
                "problems": batch.problems + self._qonto_reversal_problems(batch.skipped),
            }
        )

    def _fincycle_log_pull_failure(self, exception, date_since, date_until):
        result = super()._fincycle_log_pull_failure(exception, date_since, date_until)
        if isinstance(exception, qonto.ConsentError) and self.fincycle_integration_id:
            self.fincycle_integration_id._fincycle_oauth_consent_lost(exception.message)
        return result

    # -- OCA path (no Fincycle connection): same HTTP policy, fixed error path --------------
    def _qonto_legacy_base(self):
        base = (self.sudo().api_base or qonto.PRODUCTION_API).rstrip("/")
        return base[:-3] if base.endswith("/v2") else base

    def _qonto_legacy_has_credentials(self):
        provider = self.sudo()
        return bool(provider.username and provider.password)

    def _qonto_legacy_client(self):
        self.ensure_one()
        provider = self.sudo()
        try:
            header = qonto.api_key_authorization(provider.username, provider.password)
        except AuthError as exc:
            raise UserError(exc.message) from None
        # api_base is writable by system administrators only (account_statement_import_fincycle)
        session = make_session(
            HttpPolicy(),
            provider="qonto",
            breaker_key=f"{self.env.cr.dbname}:{self._name}:{self.id}",
            secrets=[provider.username, provider.password],
            allowed_origins=[origin(self._qonto_legacy_base())],
        )
        return qonto.QontoClient(session, self._qonto_legacy_base(), lambda: header)

    def _qonto_get_bank_account_ids(self):
        """IBAN → account id, external accounts included (OCA #921); HTTP errors become a
        readable UserError (the OCA code raises AttributeError there)."""
        self.ensure_one()
        if not self._qonto_legacy_has_credentials():
            return super()._qonto_get_bank_account_ids()  # OCA asks for the login and key
        try:
            accounts = self._qonto_legacy_client().bank_accounts(include_external_accounts=True)
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None
        return {
            sanitize_account_number(a.get("iban") or ""): a.get("id", "")
            for a in accounts
            if a.get("iban")
        }

    def _qonto_get_transactions(self, url, params):
        self.ensure_one()
        if not self._qonto_legacy_has_credentials():
            return super()._qonto_get_transactions(url, params)
        client = self._qonto_legacy_client()
        if url.startswith(oca_qonto.QONTO_ENDPOINT):
            url = client.base_url + "/v2" + url[len(oca_qonto.QONTO_ENDPOINT) :]
        params = dict(params)
        if "current_page" in params:
            # The pagination doc names it "page"; send both so either server moves on.
            params["page"] = params["current_page"]
        try:
            return client.session.get_json(url, params=params, headers=client._headers())
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None

    def _qonto_prepare_statement_line(
        self, transaction, sequence, journal_currency, currencies_code2id
    ):
        """OCA's mapping, plus timestamps without fraction, counterparty name and IBAN, and
        the raw transaction."""
        tx = dict(transaction)
        try:
            settled = qonto.parse_timestamp(tx.get("settled_at"))
        except qonto.QontoDataError as exc:
            raise UserError(
                self.env._(
                    "Qonto transaction %(ref)s: %(error)s",
                    ref=qonto.transaction_ref(tx),
                    error=str(exc),
                )
            ) from None
        if settled:
            tx["settled_at"] = settled.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        vals = super()._qonto_prepare_statement_line(
            tx, sequence, journal_currency, currencies_code2id
        )
        number, _bic = qonto.counterparty_account(transaction)
        partner = (tx.get("clean_counterparty_name") or tx.get("label") or "").strip()
        if partner:
            vals["partner_name"] = partner
        if number:
            vals["account_number"] = number
        if tx.get("reference"):
            vals["ref"] = tx["reference"]
        vals["raw_data"] = json.dumps(transaction, sort_keys=True, ensure_ascii=False, default=str)
        return vals
