# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from collections import defaultdict
from decimal import Decimal

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_list
from odoo.tools.misc import format_amount, format_date

from fincycle.banking.references import find_structured_reference
from fincycle.matching import BankLine, MatchConfig, Matcher, OpenItem

from .evidence import (
    confidence,
    evidence_data,
    explain_evidence,
    format_confidence,
    render_evidence,
)

_logger = logging.getLogger(__name__)

AUTOPILOT_STATES = [
    ("pending", "To Match"),
    ("auto", "Auto-Reconciled"),
    ("suggested", "To Review"),
    ("unmatched", "No Match"),
    ("undone", "Undone"),
    ("manual", "Reconciled by Hand"),
]


def _dec(value):
    return Decimal(str(value or 0)).quantize(Decimal("0.000001"))


class AccountBankStatementLine(models.Model):
    _inherit = "account.bank.statement.line"

    autopilot_state = fields.Selection(
        AUTOPILOT_STATES, "Autopilot", index=True, copy=False, readonly=True
    )
    autopilot_score = fields.Float("Score", digits=(3, 3), copy=False, readonly=True)
    autopilot_confidence = fields.Float(
        "Confidence", compute="_compute_autopilot_badge", help="The score in whole percents."
    )
    autopilot_evidence_data = fields.Json(
        "Match Evidence (technical)",
        copy=False,
        readonly=True,
        help="The matcher's evidence as codes, parameters and weights.",
    )
    autopilot_evidence = fields.Text(
        "Why", compute="_compute_autopilot_explanation", help="Why the autopilot chose this match."
    )
    autopilot_evidence_summary = fields.Char(
        "Main Reasons", compute="_compute_autopilot_explanation"
    )
    autopilot_evidence_html = fields.Html(
        "Autopilot Explanation", compute="_compute_autopilot_explanation", sanitize=False
    )
    autopilot_badge = fields.Char(
        "Badge",
        compute="_compute_autopilot_badge",
        help="Autopilot or Suggestion, and the confidence.",
    )
    autopilot_suggestion_ids = fields.One2many(
        "account.reconcile.suggestion", "statement_line_id", string="Suggestions"
    )

    @api.depends("autopilot_evidence_data")
    @api.depends_context("lang")
    def _compute_autopilot_explanation(self):
        for line in self:
            (
                line.autopilot_evidence,
                line.autopilot_evidence_summary,
                line.autopilot_evidence_html,
            ) = explain_evidence(line.env, line.autopilot_evidence_data)

    @api.depends("autopilot_state", "autopilot_score")
    @api.depends_context("lang")
    def _compute_autopilot_badge(self):
        badges = {
            "auto": self.env._("Autopilot %(confidence)s"),
            "suggested": self.env._("Suggestion %(confidence)s"),
        }
        for line in self:
            line.autopilot_confidence = confidence(line.autopilot_score)
            badge = badges.get(line.autopilot_state)
            line.autopilot_badge = (
                badge % {"confidence": format_confidence(line.env, line.autopilot_score)}
                if badge and line.autopilot_score
                else False
            )

    # -- arrival ---------------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("autopilot_state", "pending")
        lines = super().create(vals_list)
        if lines and not self.env.context.get("autopilot_no_trigger"):
            # Match on arrival (imports, feeds, webhooks), in the cron's own transaction
            # so an import never waits for the matcher.
            cron = self.env.ref(
                "account_reconcile_autopilot.ir_cron_autopilot", raise_if_not_found=False
            )
            if cron:
                cron._trigger()
        return lines

    # -- the OCA matcher is replaced ---------------------------------------------------------
    def _auto_reconcile(self):
        """OCA prepares the reconcile data of every new line at import, for its matcher. With
        the matcher replaced, only automatic reconcile models (rules) still need that; the form
        computes the data when it is opened."""
        Model = self.env["account.reconcile.model"]
        if not Model.search_count(
            [("trigger", "=", "auto_reconcile"), ("company_id", "in", self.company_id.ids)],
            limit=1,
        ):
            return None
        return super()._auto_reconcile()

    def _do_auto_reconcile(self, reconcile_if_possible=True):
        return super(
            AccountBankStatementLine,
            self.with_context(autopilot_reconcile_if_possible=reconcile_if_possible),
        )._do_auto_reconcile(reconcile_if_possible)

    def _do_auto_reconcile_invoices(self):
        """OCA reconciles when the bank label is a bare substring of one invoice reference,
        whatever the amount. Never here: only the autopilot decides. When the reconcile form
        is opened, the best suggestion to review is pre-filled instead."""
        if self.env.context.get("autopilot_oca_matcher"):
            return super()._do_auto_reconcile_invoices()
        if self.env.context.get("autopilot_reconcile_if_possible", True):
            return self, self.browse()
        prefilled = self.browse()
        for record in self:
            best = record.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")[:1]
            if best and best.move_line_ids and not any(best.move_line_ids.mapped("reconciled")):
                record.reconcile_data_info = record._autopilot_reconcile_data(best)
                prefilled |= record
        return self - prefilled, prefilled

    # -- engine input ------------------------------------------------------------------------
    def _autopilot_bank_line(self):
        self.ensure_one()
        currency = self.currency_id  # the journal's: what the bank moved
        amount = self.amount
        structured_ref = self.fincycle_structured_ref or ""
        return BankLine(
            id=self.id,
            amount=_dec(amount),
            currency=currency.name,
            date=self.date,
            label=self.payment_ref or "",
            reference=self.ref or "",
            structured_ref=structured_ref,
            structured_ref_type=self.fincycle_structured_ref_type or "",
            counterparty_name=self.partner_name or "",
            counterparty_iban=self.account_number or "",
            narration=(self.narration and str(self.narration)) or "",
            partner_id=self.partner_id.commercial_partner_id.id or None,
            instructed_amount=_dec(self.amount_currency) if self.foreign_currency_id else None,
            instructed_currency=self.foreign_currency_id.name or None,
        )

    @api.model
    def _autopilot_open_items_domain(self, companies):
        return [
            ("company_id", "in", companies.ids),
            ("parent_state", "=", "posted"),
            ("reconciled", "=", False),
            ("account_id.account_type", "in", ("asset_receivable", "liability_payable")),
            ("amount_residual", "!=", 0),
        ]

    @api.model
    def _autopilot_open_items(self, companies):
        amls = self.env["account.move.line"].search(
            self._autopilot_open_items_domain(companies), order="date_maturity, id"
        )
        partners = amls.partner_id.commercial_partner_id
        ibans = defaultdict(list)
        for bank in self.env["res.partner.bank"].search_fetch(
            [("partner_id", "child_of", partners.ids)], ["sanitized_acc_number", "partner_id"]
        ):
            ibans[bank.partner_id.commercial_partner_id.id].append(bank.sanitized_acc_number)
        items = []
        for aml in amls:
            move = aml.move_id
            partner = aml.partner_id.commercial_partner_id
            currency = aml.currency_id or aml.company_currency_id
            residual = aml.amount_residual_currency if aml.currency_id else aml.amount_residual
            found = find_structured_reference(move.payment_reference or "")
            items.append(
                OpenItem(
                    id=aml.id,
                    residual=_dec(residual),
                    currency=currency.name,
                    partner_id=partner.id or None,
                    partner_name=partner.name or "",
                    partner_ibans=tuple(ibans.get(partner.id, ())),
                    number=move.name or "",
                    customer_ref=move.ref or "",
                    payment_ref=move.payment_reference or "",
                    payment_ref_type=found[0] if found else "",
                    invoice_date=move.invoice_date or aml.date,
                    due_date=aml.date_maturity,
                    amount_total=_dec(aml.amount_currency if aml.currency_id else aml.balance),
                    kind=move.move_type,
                )
            )
        return items

    @api.model
    def _autopilot_config(self, company, journal=None):
        currency = company.currency_id.name
        tolerance = {currency: _dec(company.autopilot_rounding_tolerance)}
        auto, suggest = (
            journal._autopilot_thresholds()
            if journal
            else (company.autopilot_auto_threshold, company.autopilot_suggest_threshold)
        )
        return MatchConfig(
            auto_threshold=auto,
            suggest_threshold=suggest,
            rounding_tolerance=tolerance,
            fee_band_abs=_dec(company.autopilot_fee_band_abs),
            fee_band_pct=_dec(company.autopilot_fee_band_pct) / 100,
        )

    def _autopilot_fx_rate(self, company):
        Currency = self.env["res.currency"].with_context(active_test=False)
        cache = {}

        def rate(source, target, day):
            key = (source, target, day)
            if key not in cache:
                src = Currency.search([("name", "=", source)], limit=1)
                dst = Currency.search([("name", "=", target)], limit=1)
                cache[key] = (
                    _dec(src._get_conversion_rate(src, dst, company, day)) if src and dst else None
                )
            return cache[key]

        return rate

    # -- the run -----------------------------------------------------------------------------
    @api.model
    def _cron_autopilot(self, batch_size=500):
        """Match the bank lines waiting for it, company by company, in bounded batches."""
        domain = [
            ("autopilot_state", "=", "pending"),
            ("is_reconciled", "=", False),
            ("company_id.autopilot_enabled", "=", True),
        ]
        in_cron = bool(self.env.context.get("cron_id"))
        while True:
            lines = self.search(domain, limit=batch_size, order="company_id, date, id")
            if not lines:
                return True
            if in_cron:
                self.env["ir.cron"]._commit_progress(remaining=self.search_count(domain))
            for company in lines.company_id:
                lines.filtered(lambda x, c=company: x.company_id == c).with_company(
                    company
                )._autopilot_run()
            if in_cron and not self.env["ir.cron"]._commit_progress(len(lines)):
                return True  # time budget used: the scheduler calls again for the rest
            if not in_cron:
                return True

    def _autopilot_run(self):
        """Match ``self`` (one company) and act: reconcile, suggest or leave alone. What the
        autopilot writes on its own (chatter, reasons) is in the company's language: it runs as
        a scheduled job, for whoever reads the documents later."""
        if not self:
            return {}
        company = self.company_id
        company.ensure_one()
        lang = company.partner_id.lang
        if lang and lang != self.env.lang and self.env["res.lang"]._lang_get(lang):
            return self.with_context(lang=lang)._autopilot_run()
        lines = self.filtered(lambda x: not x.is_reconciled)
        (self - lines).write({"autopilot_state": "manual"})
        rejected = defaultdict(set)
        for suggestion in self.env["account.reconcile.suggestion"].search(
            [("statement_line_id", "in", lines.ids), ("state", "in", ("rejected", "undone"))]
        ):
            rejected[suggestion.statement_line_id.id].add(
                tuple(int(i) for i in suggestion.items_key.split(","))
            )
        by_id = {line.id: line for line in lines}
        rejected = {k: {tuple(sorted(t)) for t in v} for k, v in rejected.items()}
        # The thresholds steer the matcher itself (claims, capped write-offs): one matcher per
        # set of journal thresholds, usually one for the whole company.
        groups = defaultdict(self.browse)
        for line in lines:
            groups[line.journal_id._autopilot_thresholds()] |= line
        items = self._autopilot_open_items(company)
        outcome = {}
        for group in groups.values():
            matcher = Matcher(
                items,
                self._autopilot_config(company, group.journal_id[:1]),
                fx_rate=self._autopilot_fx_rate(company),
            )
            results = matcher.match_all(
                [line._autopilot_bank_line() for line in group], rejected=rejected
            )
            for line_id, candidates in results.items():
                outcome[line_id] = by_id[line_id]._autopilot_apply(candidates)
            if len(groups) > 1:
                items = self._autopilot_open_items(company)  # what the group reconciled
        return outcome

    def _autopilot_apply(self, candidates):
        self.ensure_one()
        auto, suggest = self.journal_id._autopilot_thresholds()
        self.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed").write(
            {"state": "outdated"}
        )
        kept = [c for c in candidates if c.score >= suggest]
        if not kept:
            self.write({"autopilot_state": "unmatched", "autopilot_score": 0.0})
            return "unmatched"
        Suggestion = self.env["account.reconcile.suggestion"]
        suggestions = Suggestion.create(
            [
                {
                    "statement_line_id": self.id,
                    "move_line_ids": [(6, 0, list(c.items))],
                    "items_key": Suggestion._items_key(c.items),
                    "rank": rank,
                    "score": c.score,
                    "kind": c.kind,
                    "difference": float(c.difference),
                    "allocations": {str(k): str(v) for k, v in c.allocations.items()},
                    "evidence_data": evidence_data(c),
                }
                for rank, c in enumerate(kept, 1)
            ]
        )
        best = suggestions[0]
        self.write({"autopilot_score": best.score, "autopilot_evidence_data": best.evidence_data})
        if best.score >= auto:
            try:
                with self.env.cr.savepoint():
                    self._autopilot_reconcile(best, automatic=True)
                return "auto"
            except UserError as exc:
                _logger.info("Autopilot could not reconcile line %s: %s", self.id, exc)
                self.move_id.message_post(
                    body=self.env._(
                        "Autopilot: the match has a confidence of %(confidence)s but could not "
                        "be reconciled automatically (%(reason)s); it waits in Suggestions to "
                        "Review.",
                        confidence=format_confidence(self.env, best.score),
                        reason=str(exc),
                    )
                )
        self.autopilot_state = "suggested"
        return "suggested"

    # -- reconciling -------------------------------------------------------------------------
    def _autopilot_reconcile_data(self, suggestion):
        """The OCA reconcile form's data for ``suggestion``: liquidity, counterparts in the
        order that lets partial caps work, and the difference on the write-off account when
        the matcher accepted it."""
        self.ensure_one()
        amls = suggestion.move_line_ids
        data = self._default_reconcile_data()
        self.reconcile_data_info = data
        sign = 1 if self.amount >= 0 else -1
        # Items of the opposite sign (credit notes in a net transfer) first: they raise what
        # is left to allocate, so the invoices after them are not capped too early.
        ordered = amls.sorted(lambda a: (a.amount_residual * sign > 0, a.date_maturity or a.date))
        allocations = suggestion.allocations or {}
        # Without a write-off account a fee or rounding difference stays open on the document.
        writeoff = suggestion.kind == "writeoff" and self.company_id.autopilot_writeoff_account_id
        for aml in ordered:
            residual = _dec(
                aml.amount_residual_currency if aml.currency_id else aml.amount_residual
            )
            applied = allocations.get(str(aml.id))
            full = applied is None or abs(_dec(applied)) >= abs(residual) - Decimal("0.005")
            if full and (writeoff or suggestion.kind != "writeoff"):
                # Closed in full, even if the bank paid a little less (fees) or more: the
                # difference is the write-off or the overpayment, not a smaller payment.
                self._autopilot_add_full(aml)
            else:
                self._add_account_move_line(aml, keep_current=True)  # capped: partial
        info = self.reconcile_data_info
        if writeoff:
            info = self._autopilot_writeoff(info)
        return info

    def _autopilot_add_full(self, aml):
        info = self.reconcile_data_info
        _aux, lines = self._get_reconcile_line(aml, "other", is_counterpart=True, move=True)
        data = [d for d in info["data"] if d["kind"] != "suspense"] + lines
        self.reconcile_data_info = self._recompute_suspense_line(
            data, info["reconcile_auxiliary_id"], self.manual_reference
        )

    def _autopilot_writeoff(self, info):
        account = self.company_id.autopilot_writeoff_account_id
        data = []
        for line in info["data"]:
            if line["kind"] != "suspense":
                data.append(line)
                continue
            label = self.env._("Bank fees / rounding: %(label)s", label=line.get("name"))
            data.append(
                {
                    **line,
                    "kind": "other",
                    "account_id": [account.id, account.display_name],
                    "name": label,
                }
            )
        return self._recompute_suspense_line(
            data, info["reconcile_auxiliary_id"], info.get("manual_reference")
        )

    def _autopilot_reconcile(self, suggestion, automatic):
        self.ensure_one()
        partners = suggestion.move_line_ids.partner_id.commercial_partner_id
        if len(partners) == 1 and not self.partner_id:
            # An overpayment then stays on the payer's account, not in suspense.
            self.partner_id = partners
        info = self._autopilot_reconcile_data(suggestion)
        self.reconcile_data_info = info
        if not info.get("can_reconcile"):
            raise UserError(
                self.env._(
                    "The difference of %(difference)s has no account to go to: set a write-off "
                    "account in the Autopilot settings, or reconcile by hand.",
                    difference=format_amount(self.env, suggestion.difference, self.currency_id),
                )
            )
        self.with_context(autopilot_reconciling=True).reconcile_bank_line()
        suggestion.state = "auto" if automatic else "accepted"
        (self.autopilot_suggestion_ids - suggestion).filtered(
            lambda s: s.state == "proposed"
        ).write({"state": "outdated"})
        self.write(
            {
                "autopilot_state": "auto" if automatic else "manual",
                "autopilot_score": suggestion.score,
                "autopilot_evidence_data": suggestion.evidence_data,
            }
        )
        self._autopilot_post_reconciled(suggestion, automatic)

    def _autopilot_post_reconciled(self, suggestion, automatic):
        """The chatter lines of a match: on the bank line why it was made (strongest reason
        first, the confidence last) and how to undo it; on each document, who paid it."""
        env = self.env
        documents = Markup("<b>%s</b>") % format_list(env, suggestion.move_ids.mapped("name"))
        if automatic:
            head = env._(
                "Autopilot reconciled this bank line with %(documents)s.", documents=documents
            )
        else:
            head = env._(
                "%(user)s accepted the suggestion: this bank line is reconciled with "
                "%(documents)s.",
                user=env.user.name,
                documents=documents,
            )
        reasons = render_evidence(env, suggestion.evidence_data)
        reasons.append(
            env._("Confidence %(confidence)s", confidence=format_confidence(env, suggestion.score))
        )
        body = Markup("<p>%s</p><p>%s</p>") % (head, Markup(" · ").join(reasons))
        if automatic:
            body += Markup("<p><i>%s</i></p>") % env._(
                "Wrong? Open this bank line in the bank journal's Transactions and click Undo "
                "Autopilot: the line is open again and this match is not proposed again."
            )
        self.move_id.message_post(body=body)
        line = self.payment_ref or self.name
        how = (
            env._("automatically")
            if automatic
            else env._("after %(user)s accepted it", user=env.user.name)
        )
        for move in suggestion.move_ids:
            move.message_post(
                body=env._(
                    "Paid by the bank line “%(line)s” of %(date)s, reconciled %(how)s "
                    "(confidence %(confidence)s).",
                    line=line,
                    date=format_date(env, self.date),
                    how=how,
                    confidence=format_confidence(env, suggestion.score),
                )
            )

    def action_autopilot_undo(self):
        """Undo what the autopilot reconciled (or a suggestion accepted): the line is open again
        and the match is never proposed again."""
        for line in self:
            done = line.autopilot_suggestion_ids.filtered(lambda s: s.state in ("auto", "accepted"))
            if not done or not line.is_reconciled:
                raise UserError(
                    self.env._(
                        "Bank line %(line)s was not reconciled by the autopilot.",
                        line=line.display_name,
                    )
                )
            line.unreconcile_bank_line()
        return True

    def unreconcile_bank_line(self):
        """Unreconciling what the autopilot matched (Unreconcile or Undo Autopilot, in the
        reconciliation view) refuses that match: it is never proposed again."""
        done = self.autopilot_suggestion_ids.filtered(lambda s: s.state in ("auto", "accepted"))
        result = super().unreconcile_bank_line()
        if done and not self.is_reconciled:
            done.write({"state": "undone"})
            self.write({"autopilot_state": "undone"})
            self.move_id.message_post(
                body=self.env._(
                    "%(user)s undid the reconciliation with %(documents)s; the line is open "
                    "again and this match will not be proposed again.",
                    user=self.env.user.name,
                    documents=format_list(self.env, done.move_ids.mapped("name")),
                )
            )
        return result

    def reconcile_bank_line(self):
        """Reconciled by hand in the reconciliation view (often from the suggestion the form
        was filled with): the suggestions to review are settled."""
        result = super().reconcile_bank_line()
        if self.env.context.get("autopilot_reconciling"):
            return result
        for line in self.filtered(lambda x: x.is_reconciled and x.autopilot_state == "suggested"):
            line._autopilot_settle_by_hand()
        return result

    def _autopilot_settle_by_hand(self):
        """The proposed suggestion with the documents now reconciled is accepted, the others
        are outdated; the line is reconciled by hand."""
        reconciled = self.line_ids._all_reconciled_lines() - self.line_ids
        proposed = self.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")
        taken = proposed.filtered(lambda s: s.move_line_ids and s.move_line_ids <= reconciled)[:1]
        taken.write({"state": "accepted"})
        (proposed - taken).write({"state": "outdated"})
        self.autopilot_state = "manual"

    def action_autopilot_accept(self):
        """Accept the best suggestion to review of the line (the reconciliation view)."""
        self.ensure_one()
        best = self.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")[:1]
        if not best:
            raise UserError(self.env._("This bank line has no suggestion to review."))
        return best.action_accept()

    def action_autopilot_reject(self):
        """Reject the best suggestion to review of the line (the reconciliation view)."""
        self.ensure_one()
        best = self.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")[:1]
        if not best:
            raise UserError(self.env._("This bank line has no suggestion to review."))
        return best.action_reject()

    def _autopilot_show_next_suggestion(self):
        """After a rejection the line shows its next suggestion to review, if any."""
        best = self.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")[:1]
        if best:
            self.write(
                {"autopilot_score": best.score, "autopilot_evidence_data": best.evidence_data}
            )
        else:
            self.write({"autopilot_score": 0.0, "autopilot_evidence_data": False})

    def action_autopilot_rematch(self):
        self.filtered(lambda x: not x.is_reconciled).write({"autopilot_state": "pending"})
        for company in self.company_id:
            self.filtered(
                lambda x, c=company: x.company_id == c and not x.is_reconciled
            ).with_company(company)._autopilot_run()
        return True

    def _autopilot_open_reconcile_form(self):
        """The line in the reconciliation view (account_reconcile_oca), reconciled or not."""
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "account_reconcile_oca.action_bank_statement_line_reconcile_all"
        )
        journal = self.journal_id
        action.update(
            {
                "domain": [("id", "=", self.id)],
                "res_id": self.id,
                "context": {
                    "default_journal_id": journal.id,
                    "active_model": "account.journal",
                    "active_id": journal.id,
                    "view_ref": "account_reconcile_oca.bank_statement_line_form_reconcile_view",
                },
            }
        )
        return action

    def action_autopilot_open_reconcile(self):
        return self._autopilot_open_reconcile_form()
