# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging

from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.fields import Domain
from odoo.tools import format_amount

_logger = logging.getLogger(__name__)

# Context key: the ids of the runs (one per company) of the job in progress.
RUNS = "fincycle_contract_runs"


class ContractContract(models.Model):
    _inherit = "contract.contract"

    @api.model
    def _cron_recurring_create(self, date_ref=False, create_type="invoice"):
        """OCA's job creates the due invoices as drafts (a contract that fails
        is rolled back alone and flagged on its form); then every draft goes
        through the approval rules, one by one: posted when no rule holds it,
        else its approval is requested and it waits in draft. Each company's
        run is logged with its figures."""
        if create_type != "invoice" or RUNS in self.env.context:
            return super()._cron_recurring_create(date_ref=date_ref, create_type=create_type)
        if not date_ref:
            date_ref = fields.Date.context_today(self)
        started = fields.Datetime.now()
        due = self.search(
            Domain(self._get_contracts_to_invoice_domain(date_ref))
            & Domain("generation_type", "=", create_type)
        )
        approved = self._fincycle_approved_drafts()
        runs = (
            self.env["contract.invoice.run"]
            .sudo()
            .create(
                [
                    {"company_id": company.id, "date_ref": date_ref, "date_start": started}
                    for company in due.company_id | approved.company_id
                ]
            )
        )
        res = super(
            ContractContract, self.with_context(**{RUNS: tuple(runs.ids)})
        )._cron_recurring_create(date_ref=date_ref, create_type=create_type)
        for run in runs:
            company = run.company_id
            self.with_company(company)._fincycle_process_run(
                run,
                due.filtered(lambda c, company=company: c.company_id == company),
                started,
                approved.filtered(lambda m, company=company: m.company_id == company),
            )
        if not runs:
            _logger.info("Contract invoicing of %s: no contract to invoice", date_ref)
        return res

    def _recurring_create_invoice(self, date_ref=False):
        moves = super()._recurring_create_invoice(date_ref=date_ref)
        run_ids = self.env.context.get(RUNS)
        if run_ids and moves:
            # Inside OCA's savepoint: a batch rolled back leaves no link.
            for run in self.env["contract.invoice.run"].sudo().browse(run_ids):
                mine = moves.filtered(lambda m, company=run.company_id: m.company_id == company)
                if mine:
                    run.move_ids = [Command.link(move.id) for move in mine]
        return moves

    @api.model
    def _fincycle_approved_drafts(self):
        """The invoices an earlier run sent for approval, approved since and
        still in draft: the run posts them."""
        drafts = self.env["account.move"].search(
            [
                ("state", "=", "draft"),
                ("contract_invoice_run_ids", "!=", False),
                ("review_ids", "!=", False),
            ]
        )
        return drafts.filtered(lambda m: m.validation_status == "validated")

    @api.model
    def _fincycle_process_run(self, run, contracts, started, approved):
        """Post the approved drafts of earlier runs, post or send for approval
        the invoices this run created, each in its own savepoint, and write
        the run's figures."""
        moves = self.env["account.move"].browse(run.move_ids.ids).sorted("id")
        not_created = contracts.filtered(
            lambda c: c.invoice_generation_error_date and c.invoice_generation_error_date >= started
        )
        lines = [
            self.env._(
                "%(contract)s: no invoice created (%(error)s)",
                contract=contract.display_name,
                error=contract.invoice_generation_error,
            )
            for contract in not_created
        ]
        posted = waiting = approved_count = 0
        not_posted = self.browse()
        for move in self.env["account.move"].browse(approved.ids).sorted("id"):
            contract = move.invoice_line_ids.contract_line_id.contract_id[:1]
            try:
                with self.env.cr.savepoint():
                    move.with_company(move.company_id).action_post()
            except Exception as exc:  # pylint: disable=broad-except
                error = contract._fincycle_record_post_failure(move, exc)
                not_posted |= contract
                lines.append(
                    self.env._(
                        "%(contract)s: %(invoice)s, approved, stays in draft (%(error)s)",
                        contract=contract.display_name,
                        invoice=move.display_name,
                        error=error,
                    )
                )
                continue
            approved_count += 1
            lines.append(
                self.env._(
                    "%(contract)s: %(invoice)s (%(amount)s) posted after its approval",
                    contract=contract.display_name,
                    invoice=move.display_name,
                    amount=format_amount(self.env, move.amount_total, move.currency_id),
                )
            )
        for move in moves:
            contract = move.invoice_line_ids.contract_line_id.contract_id[:1]
            try:
                with self.env.cr.savepoint():
                    outcome = contract._fincycle_submit_invoice(move)
            except Exception as exc:  # pylint: disable=broad-except
                error = contract._fincycle_record_post_failure(move, exc)
                not_posted |= contract
                lines.append(
                    self.env._(
                        "%(contract)s: %(invoice)s stays in draft, neither posted nor "
                        "sent for approval (%(error)s)",
                        contract=contract.display_name,
                        invoice=move.display_name,
                        error=error,
                    )
                )
                continue
            if outcome == "waiting":
                waiting += 1
                lines.append(
                    self.env._(
                        "%(contract)s: %(invoice)s (%(amount)s) waits for approval: %(rules)s",
                        contract=contract.display_name,
                        invoice=move.display_name,
                        amount=format_amount(self.env, move.amount_total, move.currency_id),
                        rules=move.tier_reason or "",
                    )
                )
            else:
                posted += 1
                lines.append(
                    self.env._(
                        "%(contract)s: %(invoice)s (%(amount)s) posted",
                        contract=contract.display_name,
                        invoice=move.display_name,
                        amount=format_amount(self.env, move.amount_total, move.currency_id),
                    )
                )
        failed = len(not_created) + len(not_posted)
        run.write(
            {
                "date_end": fields.Datetime.now(),
                "created_count": len(moves),
                "posted_count": posted,
                "waiting_count": waiting,
                "approved_count": approved_count,
                "failed_count": failed,
                "failed_contract_ids": [Command.set((not_created | not_posted).ids)],
                "detail": "\n".join(lines),
            }
        )
        log = _logger.warning if failed else _logger.info
        log(
            "Contract invoicing of %s in %s: %d created, %d posted, "
            "%d waiting for approval, %d posted after approval, %d failed",
            run.date_ref,
            run.company_id.name,
            len(moves),
            posted,
            waiting,
            approved_count,
            failed,
        )

    def _fincycle_submit_invoice(self, move):
        """Post ``move`` when no approval rule holds it, else request its
        approval (it stays in draft in the managers' queue). Returns
        ``"posted"`` or ``"waiting"``."""
        move = move.with_company(move.company_id)
        if move.need_validation:
            move.request_validation()
            return "waiting"
        move.action_post()
        return "posted"

    def _fincycle_record_post_failure(self, move, exc):
        """Say on the contract (note and to-do activity for its responsible)
        that its invoice stays in draft and why; returns the error text."""
        error = exc.args[0] if getattr(exc, "args", None) else repr(exc)
        error = str(error)
        _logger.error(
            "Contract %s (id=%s): invoice id=%s created but neither posted nor sent for approval: %s",
            self.display_name,
            self.id,
            move.id,
            error,
        )
        link = move._get_html_link(title=move.display_name)
        if not self:
            move.message_post(body=Markup("<pre>%s</pre>") % error)
            return error
        self.message_post(
            body=Markup("<p>%s %s</p><pre>%s</pre>")
            % (
                self.env._(
                    "This scheduled invoice stays in draft, neither posted nor sent for approval:"
                ),
                link,
                error,
            ),
        )
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._("Scheduled invoice not posted"),
            note=Markup("<p>%s %s</p><pre>%s</pre>")
            % (
                self.env._(
                    "Correct the contract or the invoice, then post the invoice or "
                    "request its approval:"
                ),
                link,
                error,
            ),
            user_id=(self.user_id or self.env.user).id,
        )
        return error
