# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models
from odoo.exceptions import AccessError

MOVE = "account.move"


def is_automation(env):
    """Whether ``env`` acts for a scheduled action, the superuser mode or the
    system user (OdooBot) rather than for a person who clicked."""
    return bool(
        env.su
        or env.user._is_superuser()
        or env.context.get("cron_id")
        or env.user.share
        or not env.user.active
    )


class TierReview(models.Model):
    _inherit = "tier.review"

    @api.model
    def _get_reviewer_fields(self):
        return [*super()._get_reviewer_fields(), "definition_id.company_id"]

    @api.depends("reviewer_ids")
    def _compute_todo_by(self):
        """On invoices and bills, the people who can approve, by name: OCA's
        "Group ..." names a group (whose members may include the requester, who
        never approves) and is stored in the requester's language, whatever the
        reader's."""
        res = super()._compute_todo_by()
        shown = 3
        for review in self.filtered(lambda r: r.model == MOVE and r.reviewer_ids):
            names = ", ".join(review.reviewer_ids[:shown].mapped("name"))
            more = len(review.reviewer_ids) - shown
            review.todo_by = f"{names} (+{more})" if more > 0 else names
        return res

    def _fincycle_authors(self):
        """Who may never approve an invoice's review: whoever asked for it and
        whoever created the invoice."""
        self.ensure_one()
        authors = self.requested_by
        if self.model == MOVE and self.res_id:
            authors |= self.env[MOVE].sudo().browse(self.res_id).exists().create_uid
        return authors

    def _get_reviewers(self):
        """On invoices and bills, the reviewers are people of the invoice's
        company, never the system user, a portal user, the requester or the
        invoice's author, whatever the rule says (four eyes, always)."""
        reviewers = super()._get_reviewers()
        if self.model != MOVE:
            return reviewers
        move = self.env[MOVE].sudo().browse(self.res_id).exists()
        company = move.company_id or self.definition_id.company_id
        return (
            reviewers.filtered(
                lambda u: (
                    not u._is_superuser()
                    and not u.share
                    and (not company or company in u.company_ids)
                )
            )
            - self._fincycle_authors()
        )

    def _fincycle_check_approval(self):
        """Refuse an approval written by automation, by someone who is not one of
        the review's reviewers, or by the requester or author of the invoice,
        whatever path the write takes (buttons, wizard, RPC)."""
        moves = self.filtered(lambda r: r.model == MOVE)
        if not moves:
            return
        if is_automation(self.env):
            raise AccessError(
                self.env._(
                    "Invoices are approved by a person: scheduled actions and the "
                    "system user cannot approve them."
                )
            )
        for review in moves:
            if self.env.user in review._fincycle_authors():
                raise AccessError(
                    self.env._(
                        "You asked for this approval or created the document: "
                        "another reviewer must approve it (%(rule)s).",
                        rule=review.name,
                    )
                )
            if self.env.user not in review.reviewer_ids:
                raise AccessError(
                    self.env._("You are not a reviewer of %(rule)s.", rule=review.name)
                )

    @api.model_create_multi
    def create(self, vals_list):
        reviews = super().create(vals_list)
        reviews.filtered(lambda r: r.status == "approved")._fincycle_check_approval()
        return reviews

    def write(self, vals):
        frozen = {"requested_by", "model", "res_id", "definition_id"} & set(vals)
        if frozen and not self.env.su and self.filtered(lambda r: r.model == MOVE):
            # Who asked, for which document and rule, decides who may approve.
            raise AccessError(
                self.env._("The requester, document and rule of a review cannot be changed.")
            )
        if vals.get("status") == "approved":
            self.filtered(lambda r: r.status != "approved")._fincycle_check_approval()
        return super().write(vals)
