# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError

from .tier_review import is_automation

OPEN = ("waiting", "pending")


class AccountMove(models.Model):
    _inherit = "account.move"

    tier_amount_company = fields.Monetary(
        "Total (Company Currency)",
        compute="_compute_tier_amount_company",
        store=True,
        currency_field="company_currency_id",
        help="The total of the document in its company's currency, without sign: "
        "the amount the approval rules compare.",
    )
    tier_bill_limit_reached = fields.Boolean(
        "At or Above the Bills' Approval Limit",
        compute="_compute_tier_bill_limit_reached",
        help="The total in company currency is at or above the bills' approval "
        "limit of the company: the bill capture's (Invoicing settings) when it is "
        "installed, else 5,000. A zero limit never holds a bill.",
    )
    tier_requested_on = fields.Datetime(
        "Approval Requested On",
        compute="_compute_tier_requested",
        store=True,
    )
    tier_requested_by = fields.Many2one(
        "res.users",
        "Approval Requested By",
        compute="_compute_tier_requested",
        store=True,
    )
    tier_reason = fields.Char(
        "Approval Needed For",
        compute="_compute_tier_reason",
        help="The approval rules this document waits for.",
    )

    @api.depends("amount_total_signed")
    def _compute_tier_amount_company(self):
        for move in self:
            move.tier_amount_company = abs(move.amount_total_signed)

    @api.depends("tier_amount_company", "company_id")
    def _compute_tier_bill_limit_reached(self):
        for move in self:
            limit = move.company_id._fincycle_tier_bill_limit() if move.company_id else 0
            move.tier_bill_limit_reached = bool(limit and move.tier_amount_company >= limit)

    @api.depends("review_ids.status", "review_ids.requested_by")
    def _compute_tier_requested(self):
        for move in self:
            reviews = move.review_ids.filtered(lambda r: r.status in OPEN)
            move.tier_requested_on = min(reviews.mapped("create_date"), default=False)
            move.tier_requested_by = reviews[:1].requested_by

    @api.depends("review_ids.status", "review_ids.name")
    def _compute_tier_reason(self):
        for move in self:
            reviews = move.review_ids.filtered(lambda r: r.status in OPEN)
            move.tier_reason = "; ".join(reviews.mapped("name")) or False

    @api.depends("review_ids", "state", "tier_amount_company", "move_type", "company_id")
    def _compute_need_validation(self):
        # OCA's compute has no dependencies: once read, it stayed true in the
        # transaction after the reviews were made and approved, and posting
        # in the same transaction as the approval asked for a new one.
        return super()._compute_need_validation()

    @api.model
    def get_view(self, view_id=None, view_type="form", **options):
        # OCA's tier validation rewrites the form and hands back its arch as bytes
        # (etree.tostring): views are text everywhere else.
        res = super().get_view(view_id=view_id, view_type=view_type, **options)
        if isinstance(res.get("arch"), bytes):
            res["arch"] = res["arch"].decode()
        return res

    # ----------------------------------------------------------------- banner
    def _get_to_validate_message(self):
        """OCA's banner above the form, in our own terms (OCA's French lacks them,
        and a module's code terms are read from its own translations only): who
        can approve is named, in the reader's language, instead of OCA's stored
        "Group ..." written in the requester's."""
        pending = self.review_ids.filtered(lambda r: r.status == "pending")
        reviewers = pending.reviewer_ids
        icon = Markup('<i class="fa fa-lg fa-info-circle"></i>')
        if not reviewers:
            return self.env._(
                "%(icon)s This %(model_name)s needs to be validated",
                icon=icon,
                model_name=escape(self._get_to_validate_message_name()),
            )
        shown = 3
        names = ", ".join(reviewers[:shown].mapped("name"))
        if len(reviewers) > shown:
            names = f"{names} (+{len(reviewers) - shown})"
        return self.env._(
            "%(icon)s Pending validation by %(todo_by)s", icon=icon, todo_by=escape(names)
        )

    # ------------------------------------------------------------------ notes
    def _fincycle_tier_note(self, body, partners=None):
        """An internal note in the document's chatter, written by the user who
        acted: the audit trail of the approvals."""
        self.ensure_one()
        self.sudo().message_post(
            body=Markup("<p>%s</p>") % body,
            author_id=self.env.user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_note",
            partner_ids=(partners or self.env["res.partner"]).ids,
        )

    @staticmethod
    def _fincycle_review_lines(reviews):
        parts = []
        for review in reviews:
            parts.append(f"{review.name} ({review.comment})" if review.comment else review.name)
        return "; ".join(parts)

    # ------------------------------------------------------------ the process
    def request_validation(self):
        reviews = super().request_validation()
        for move in self:
            mine = reviews.filtered(lambda r, m=move: r.res_id == m.id)
            if not mine:
                continue
            nobody = mine.filtered(lambda r: not r.reviewer_ids)
            if nobody:
                raise UserError(
                    self.env._(
                        "%(move)s needs an approval (%(rules)s) that nobody can "
                        "give: in %(company)s, the rule's only reviewers are you or "
                        "the document's author, who never approve it. Ask an "
                        "administrator to give another person the rule's group, or "
                        "change the rule.",
                        move=move.display_name,
                        rules=", ".join(nobody.mapped("name")),
                        company=move.company_id.name,
                    )
                )
            move._fincycle_tier_note(
                self.env._(
                    "Approval requested by %(user)s: %(rules)s.",
                    user=self.env.user.name,
                    rules=", ".join(mine.mapped("name")),
                ),
                partners=mine.mapped("reviewer_ids.partner_id"),
            )
        return reviews

    def _fincycle_check_not_automation(self):
        if is_automation(self.env):
            raise UserError(
                self.env._(
                    "These invoices wait in draft for a person's approval "
                    "(%(moves)s): scheduled actions and the system user never "
                    "approve invoices.",
                    moves=", ".join(self.mapped("display_name")),
                )
            )

    def _fincycle_check_can_review(self):
        """Say why the current user cannot act on the document's reviews
        instead of doing nothing."""
        self.ensure_one()
        self._fincycle_check_not_automation()
        if self.can_review:
            return
        open_reviews = self.review_ids.filtered(lambda r: r.status in OPEN)
        if any(self.env.user in r._fincycle_authors() for r in open_reviews):
            raise UserError(
                self.env._(
                    "You asked for the approval of %(move)s or created it: another "
                    "reviewer (%(reviewers)s) must approve it.",
                    move=self.display_name,
                    reviewers=", ".join(filter(None, open_reviews.mapped("todo_by"))),
                )
            )
        raise UserError(
            self.env._(
                "You cannot review %(move)s now: it waits for %(reviewers)s.",
                move=self.display_name,
                reviewers=", ".join(filter(None, open_reviews.mapped("todo_by")))
                or self.env._("nobody"),
            )
        )

    def validate_tier(self):
        self._fincycle_check_can_review()
        return super().validate_tier()

    def reject_tier(self):
        self._fincycle_check_can_review()
        return super().reject_tier()

    def _validate_tier(self, tiers=False):
        self._fincycle_check_not_automation()
        before = self.review_ids.filtered(lambda r: r.status != "approved")
        res = super()._validate_tier(tiers)
        approved = before.filtered(lambda r: r.status == "approved" and r.done_by == self.env.user)
        if approved:
            self._fincycle_tier_note(
                self.env._(
                    "Approved by %(user)s: %(rules)s.",
                    user=self.env.user.name,
                    rules=self._fincycle_review_lines(approved),
                ),
                partners=approved.mapped("requested_by.partner_id"),
            )
        return res

    def _rejected_tier(self, tiers=False):
        before = self.review_ids.filtered(lambda r: r.status != "rejected")
        res = super()._rejected_tier(tiers)
        rejected = before.filtered(lambda r: r.status == "rejected" and r.done_by == self.env.user)
        if rejected:
            self._fincycle_tier_note(
                self.env._(
                    "Rejected by %(user)s: %(rules)s. The document stays in draft.",
                    user=self.env.user.name,
                    rules=self._fincycle_review_lines(rejected),
                ),
                partners=rejected.mapped("requested_by.partner_id"),
            )
        return res

    def restart_validation(self):
        restarted = self.filtered(lambda m: m.review_ids and m.state == "draft")
        res = super().restart_validation()
        for move in restarted.filtered(lambda m: not m.review_ids):
            move._fincycle_tier_note(
                self.env._(
                    "Approval restarted by %(user)s: the earlier reviews are "
                    "void; request a new approval.",
                    user=self.env.user.name,
                )
            )
        return res
