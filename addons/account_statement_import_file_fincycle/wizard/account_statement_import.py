# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""File import guards: MT940, journal by IBAN and currency, batch bookings booked once, and a
plain message when a file brings nothing new."""

import logging
from collections import defaultdict

from odoo import Command, api, models
from odoo.exceptions import UserError

from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.banking import batches, mt940

from .account_statement_import_camt_parser import IMPORT_CONTEXT

_logger = logging.getLogger(__name__)

# Context key holding the counters of one import (see _fincycle_stats).
STATS_CONTEXT = "fincycle_import_stats"
OUTCOME_CONTEXT = "fincycle_import_outcome"


class AccountStatementImport(models.TransientModel):
    _inherit = "account.statement.import"

    # -- parsing --------------------------------------------------------------------------------

    def _parse_file(self, data_file):
        if mt940.looks_like_mt940(data_file):
            try:
                return mt940.to_statement_import_data(mt940.parse(data_file))
            except mt940.Mt940Error as error:
                if error.code == mt940.MT942:
                    raise UserError(
                        self.env._("MT942 intraday report: not a statement, not imported.")
                    ) from error
                raise UserError(
                    self.env._(
                        "The MT940 file cannot be read: %(error)s. Nothing was imported.",
                        error=error.message,
                    )
                ) from error
        return super(
            AccountStatementImport, self.with_context(**{IMPORT_CONTEXT: True})
        )._parse_file(data_file)

    @api.model
    def _match_journal(self, account_number, currency):
        """One bank account can back several journals, one per currency (multi-currency
        accounts): pick the journal of the file's currency."""
        if account_number:
            journals = self.env["account.journal"].search(
                [
                    ("type", "=", "bank"),
                    (
                        "bank_account_id.sanitized_acc_number",
                        "=",
                        sanitize_account_number(account_number),
                    ),
                ]
            )
            if len(journals) > 1:
                matching = journals.filtered(
                    lambda j: (j.currency_id or j.company_id.currency_id) == currency
                )
                context_journal = self.env.context.get("journal_id")
                if len(matching) == 1 and context_journal in (None, False, matching.id):
                    return matching
        return super()._match_journal(account_number, currency)

    def _complete_stmts_vals(self, stmts_vals, journal, account_number):
        stmts_vals = super()._complete_stmts_vals(stmts_vals, journal, account_number)
        for st_vals in stmts_vals:
            for lvals in st_vals["transactions"]:
                if lvals.get("fincycle_batch_ref"):
                    # The booking's id in the form its own line would have.
                    booking = {"unique_import_id": lvals["fincycle_batch_ref"]}
                    journal._statement_line_import_update_unique_import_id(booking, account_number)
                    lvals["fincycle_batch_ref"] = booking["unique_import_id"]
        return stmts_vals

    # -- batch bookings and their details ---------------------------------------------------------
    #
    # What to create, leave out or replace is planned by fincycle.banking.batches (see there);
    # here the booked lines are read and the plan is applied.

    def _create_bank_statements(self, stmts_vals, result):
        stats = self._fincycle_stats()
        plan, bookings = self._fincycle_plan_batches(stmts_vals)
        stats["lines"] += plan.lines
        stats["known"] += plan.known
        first_note = len(stats["notes"])
        stats["notes"] += [self._fincycle_batch_note(note) for note in plan.notes]
        first_new = len(result["statement_ids"])
        res = super()._create_bank_statements(stmts_vals, result)
        created = [st_vals for st_vals in stmts_vals if "line_ids" in st_vals]
        new_statements = result["statement_ids"][first_new:]
        statement_of = {
            id(st_vals): sid for st_vals, sid in zip(created, new_statements, strict=False)
        }
        Line = self.env["account.bank.statement.line"].sudo()
        for st_vals, covered in plan.moves:
            if id(st_vals) in statement_of:
                self._fincycle_move_details(Line.browse(covered), statement_of[id(st_vals)])
        for batch_ref, details in plan.replacements.items():
            statement = self._fincycle_replace_booking(bookings[batch_ref], details, stats)
            if statement and statement.id not in result["statement_ids"]:
                result["statement_ids"].append(statement.id)
        result["notifications"].extend(stats["notes"][first_note:])
        return res

    def _fincycle_plan_batches(self, stmts_vals):
        """Read what is booked of the file's movements and batches, plan (changes
        ``stmts_vals``). Returns the plan and the booked booking lines by import id."""
        Line = self.env["account.bank.statement.line"].sudo()
        lines = [lvals for st_vals in stmts_vals for lvals in st_vals["transactions"]]
        keys = [lvals["unique_import_id"] for lvals in lines if lvals.get("unique_import_id")]
        known = Line._fincycle_booked_import_ids(keys)
        booked_payments = defaultdict(list)
        if keys:
            for detail in Line.search([("fincycle_batch_ref", "in", keys)]):
                booked_payments[detail.fincycle_batch_ref].append(detail.id)
        refs = batches.batch_refs(stmts_vals)
        bookings = {}
        if refs:
            bookings = {
                line.unique_import_id: line
                for line in Line.search([("unique_import_id", "in", list(refs))])
            }
        journal = self.env["account.journal"].browse(
            next((st.get("journal_id") for st in stmts_vals if st.get("journal_id")), None)
        )
        currency = (
            journal.currency_id or journal.company_id.currency_id or self.env.company.currency_id
        )
        plan = batches.plan_batches(
            stmts_vals,
            known,
            booked_payments=booked_payments,
            booked_bookings=bookings,
            same_amount=lambda a, b: not currency.compare_amounts(a, b),
        )
        return plan, bookings

    def _fincycle_batch_note(self, note):
        if note.code == batches.BATCH_DETAILED_BEFORE:
            return self.env._(
                "%(count)s batch booking(s) already imported payment by payment (camt.054) "
                "were not imported again.",
                **note.params,
            )
        if note.code == batches.BATCH_TOTAL_DIFFERS_IN_FILE:
            return self.env._(
                "The payments of the batch booking %(booking)s add up to %(total)s, the "
                "booking to %(amount)s: the payments were not imported, the booking was.",
                **note.params,
            )
        return self.env._(
            "The batch booking %(booking)s was imported as its %(count)s payments.",
            **note.params,
        )

    def _fincycle_move_details(self, details, statement_id):
        """Put detail lines imported earlier into the statement of their booking; a statement
        left empty (a camt.054 one) is deleted, its file kept on the new statement."""
        statement = self.env["account.bank.statement"].browse(statement_id)
        previous = details.statement_id - statement
        details.write({"statement_id": statement.id})
        for old in previous.sudo():
            if old.line_ids:
                continue
            attachments = old.attachment_ids | self.env["ir.attachment"].search(
                [("res_model", "=", old._name), ("res_id", "=", old.id)]
            )
            if attachments:
                statement.write({"attachment_ids": [Command.link(a.id) for a in attachments]})
            old.unlink()

    def _fincycle_replace_booking(self, booking, details, stats):
        """Create ``details`` in place of the booking line ``booking``; returns the statement
        they went to, or None when the booking must stay as it is."""
        currency = booking.currency_id
        total = sum(float(lvals["amount"]) for lvals in details)
        label = booking.payment_ref or booking.unique_import_id
        if booking.is_reconciled:
            stats["known"] += len(details)
            stats["notes"].append(
                self.env._(
                    "The batch booking %(booking)s (%(amount)s) is already reconciled as one "
                    "line: its %(count)s payments were not imported. To reconcile them one by "
                    "one, undo that reconciliation and import the file again.",
                    booking=label,
                    amount=booking.amount,
                    count=len(details),
                )
            )
            return None
        if currency.compare_amounts(total, booking.amount):
            stats["known"] += len(details)
            stats["notes"].append(
                self.env._(
                    "The payments of the batch booking %(booking)s add up to %(total)s, the "
                    "booking to %(amount)s: the payments were not imported, the booking stays.",
                    booking=label,
                    total=total,
                    amount=booking.amount,
                )
            )
            return None
        statement = booking.statement_id
        for lvals in details:
            lvals.setdefault("sequence", booking.sequence)
            if statement:
                lvals["statement_id"] = statement.id
        self.env["account.bank.statement.line"].create(details)
        _logger.info(
            "Batch booking %s replaced by its %d payments", booking.unique_import_id, len(details)
        )
        booking.unlink()
        stats["notes"].append(
            self.env._(
                "The batch booking %(booking)s was replaced by its %(count)s payments.",
                booking=label,
                count=len(details),
            )
        )
        return statement or None

    # -- outcome ----------------------------------------------------------------------------------

    def _fincycle_stats(self):
        stats = self.env.context.get(STATS_CONTEXT)
        if stats is None:  # called outside _import_file: counters nobody reads
            stats = self._fincycle_new_stats()
        return stats

    @staticmethod
    def _fincycle_new_stats():
        return {"lines": 0, "known": 0, "notes": [], "done": False}

    def import_single_file(self, file_data, result):
        res = super().import_single_file(file_data, result)
        self._fincycle_stats()["done"] = True
        return res

    def _import_file(self):
        """A file whose every movement is already booked is not an error: say so."""
        stats = self._fincycle_new_stats()
        wizard = self.with_context(**{STATS_CONTEXT: stats})
        try:
            return super(AccountStatementImport, wizard)._import_file()
        except UserError:
            if not stats["done"]:
                raise  # the file could not be read or matched: the original message
            if (
                not stats["lines"]
                and self.sheet_mapping_id
                and not self.env.context.get("journal_id")
            ):
                raise UserError(
                    self.env._(
                        "A sheet file has no bank account number: start the import from the "
                        "bank journal (Import Statement on the journal) so that its lines are "
                        "read in that journal's currency."
                    )
                ) from None
            if not stats["lines"]:
                raise UserError(
                    self.env._(
                        "The file %(file)s contains no bank transactions (for a sheet "
                        "file: none in the journal's currency). Nothing was imported.",
                        file=self.statement_filename or "",
                    )
                ) from None
            if stats["known"] < stats["lines"]:
                raise
        outcome = self.env.context.get(OUTCOME_CONTEXT)
        if outcome is not None:
            outcome["already_imported"] = True
        return {
            "statement_ids": [],
            "notifications": [
                self.env._(
                    "All %(count)s transactions of %(file)s were already imported: nothing "
                    "was added.",
                    count=stats["lines"],
                    file=self.statement_filename or self.env._("this file"),
                ),
                *stats["notes"],
            ],
        }

    def import_file_button(self):
        outcome = {}
        action = super(
            AccountStatementImport, self.with_context(**{OUTCOME_CONTEXT: outcome})
        ).import_file_button()
        if outcome.get("already_imported") and action.get("tag") == "display_notification":
            # Nothing new: an information, not a warning, and no empty statement list.
            action["params"].update(type="info", sticky=False)
            action["params"].pop("next", None)
        return action
