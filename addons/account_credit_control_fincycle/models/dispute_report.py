# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Monthly dispute report per company: the analysis view's stored figures and the e-mail."""

import logging
from datetime import timedelta

from odoo import Command, api, fields, models

from .account_dispute import OPEN_STATES

_logger = logging.getLogger(__name__)


class AccountDispute(models.Model):
    _inherit = "account.dispute"  # pylint: disable=consider-merging-classes-inherited

    resolution_days = fields.Integer(
        string="Days to resolve",
        compute="_compute_resolution_days",
        store=True,
        aggregator="avg",
        help="Days from opening to closing (resolved or rejected).",
    )
    company_currency_id = fields.Many2one(
        related="company_id.currency_id", string="Company currency"
    )
    disputed_amount_company = fields.Monetary(
        string="Disputed (company currency)",
        currency_field="company_currency_id",
        compute="_compute_disputed_amount_company",
        store=True,
        help="The disputed amount (else the invoices' amount due) in the company's currency, "
        "at the opening date: what the analysis sums.",
    )

    @api.depends("date_opened", "date_closed")
    def _compute_resolution_days(self):
        for dispute in self:
            if dispute.date_opened and dispute.date_closed:
                dispute.resolution_days = max((dispute.date_closed - dispute.date_opened).days, 0)
            else:
                dispute.resolution_days = 0

    @api.depends("disputed_amount", "currency_id", "date_opened", "invoice_ids", "company_id")
    def _compute_disputed_amount_company(self):
        for dispute in self:
            company = dispute.company_id
            if dispute.disputed_amount:
                currency = dispute.currency_id or company.currency_id
                dispute.disputed_amount_company = currency._convert(
                    dispute.disputed_amount,
                    company.currency_id,
                    company,
                    dispute.date_opened or fields.Date.context_today(dispute),
                )
            else:
                dispute.disputed_amount_company = sum(
                    dispute.invoice_ids.mapped("amount_residual_signed")
                )

    # ------------------------------------------------------------------------------------------
    # Monthly report
    # ------------------------------------------------------------------------------------------
    @api.model
    def _cron_fincycle_monthly_report(self, today=None):
        """On the first days of a month: each company's accounting managers get the summary of
        the month before (once: the company remembers the last month sent)."""
        for company in self.env["res.company"].sudo().search([]):  # pylint: disable=no-search-all
            local_today = today or company._fincycle_today()
            month_start = local_today.replace(day=1)
            previous = (month_start - timedelta(days=1)).replace(day=1)
            if company.dispute_report_last_month and company.dispute_report_last_month >= previous:
                continue
            try:
                with self.env.cr.savepoint():
                    self.sudo().with_company(company)._fincycle_send_monthly_report(
                        company, previous
                    )
                    company.dispute_report_last_month = previous
            except Exception:
                _logger.exception("Dispute report: the report of %s failed", company.name)

    @api.model
    def _fincycle_month_summary(self, company, month):
        """Figures of ``company`` for the calendar ``month`` (its first day): disputes opened
        by category and by urgency with their amounts, closed ones and their mean time to
        resolve, and what is still open at the month's end with the oldest."""
        end = (month + timedelta(days=32)).replace(day=1)  # first day of the next month
        Dispute = self.sudo().with_context(active_test=False)
        base = [("company_id", "=", company.id), ("is_dispute", "=", True)]
        opened = Dispute.search([*base, ("date_opened", ">=", month), ("date_opened", "<", end)])
        closed = Dispute.search([*base, ("date_closed", ">=", month), ("date_closed", "<", end)])
        still_open = Dispute.search(
            [
                *base,
                ("date_opened", "<", end),
                "|",
                ("state", "in", OPEN_STATES),
                ("date_closed", ">=", end),
            ],
            order="date_opened, id",
        )
        categories = dict(self._fields["category"]._description_selection(self.env))
        urgencies = dict(self._fields["urgency"]._description_selection(self.env))

        def group(records, key, labels):
            rows = []
            for code, label in labels.items():
                subset = records.filtered(lambda d, code=code: d[key] == code)
                if subset:
                    rows.append(
                        {
                            "code": code,
                            "label": label,
                            "count": len(subset),
                            "amount": sum(subset.mapped("disputed_amount_company")),
                        }
                    )
            return rows

        oldest = still_open[:1]
        last_day = end - timedelta(days=1)
        return {
            "company": company.name,
            "month": month,
            "currency": company.currency_id,
            "opened_count": len(opened),
            "opened_amount": sum(opened.mapped("disputed_amount_company")),
            "by_category": group(opened, "category", categories),
            "by_urgency": group(opened, "urgency", urgencies),
            "closed_count": len(closed),
            "resolved_count": len(closed.filtered(lambda d: d.state == "resolved")),
            "rejected_count": len(closed.filtered(lambda d: d.state == "rejected")),
            "mean_days_to_resolve": (
                round(sum(closed.mapped("resolution_days")) / len(closed), 1) if closed else None
            ),
            "open_count": len(still_open),
            "open_amount": sum(still_open.mapped("disputed_amount_company")),
            "overdue_count": len(
                still_open.filtered(lambda d: d.sla_deadline and d.sla_deadline < last_day)
            ),
            "oldest_open": (
                {
                    "name": oldest.name,
                    "partner": oldest.partner_id.display_name,
                    "date_opened": oldest.date_opened,
                    "days": (last_day - oldest.date_opened).days,
                }
                if oldest
                else None
            ),
        }

    @api.model
    def _fincycle_report_recipients(self, company):
        """The company's accounting managers (internal, active, with an e-mail)."""
        group = self.env.ref("account.group_account_manager")
        return group.sudo().all_user_ids.filtered(
            lambda user: (
                user.active
                and not user.share
                and user.email
                and company in user.company_ids
                and user.id != self.env.ref("base.user_root").id
            )
        )

    @api.model
    def _fincycle_send_monthly_report(self, company, month):
        """Mail the month's summary to the managers, one mail per language; returns the
        mails (none when nobody is to receive it)."""
        users = self._fincycle_report_recipients(company)
        if not users:
            _logger.info(
                "Dispute report: %s has no accounting manager with an e-mail", company.name
            )
            return self.env["mail.mail"]
        template = self.env.ref("account_credit_control_fincycle.email_template_dispute_report")
        mails = self.env["mail.mail"]
        by_lang = {}
        for user in users:
            by_lang.setdefault(user.lang or "en_US", self.env["res.users"])
            by_lang[user.lang or "en_US"] |= user
        for lang, lang_users in by_lang.items():
            summary = self.with_context(lang=lang)._fincycle_month_summary(company, month)
            mail_id = template.with_context(
                lang=lang, fincycle_lang=lang, fincycle_summary=summary
            ).send_mail(
                company.id,
                email_values={
                    "recipient_ids": [Command.set(lang_users.partner_id.ids)],
                    "email_to": False,
                },
            )
            mails |= self.env["mail.mail"].browse(mail_id)
        return mails


class ResCompany(models.Model):
    _inherit = "res.company"  # pylint: disable=consider-merging-classes-inherited

    dispute_report_last_month = fields.Date(
        string="Last monthly dispute report",
        readonly=True,
        copy=False,
        help="First day of the last month whose dispute report was sent.",
    )
