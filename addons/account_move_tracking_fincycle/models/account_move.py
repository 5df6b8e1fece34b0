# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError

from fincycle.billing import delivery, issuance

# Who reads an invoice's tracking: the invoicing users and the auditors.
TRACKING_GROUPS = "account.group_account_invoice,account.group_account_readonly"
# A portal page and the invoice PDF it frames are one view.
PORTAL_VIEW_GAP = timedelta(minutes=1)
# Context keys: the sending in progress is the automatic one; an invoice e-mail is posted.
AUTOSEND = "fincycle_autosend"
SENDING = "fincycle_tracking_sending"
AUTO_REPLY = "fincycle_tracking_auto_reply"

MAIL_STATES = [
    (delivery.SENT, "Sent"),
    (delivery.DELIVERED, "Delivered"),
    (delivery.OPENED, "Opened"),
    (delivery.BOUNCED, "Bounced"),
    (delivery.ERROR, "Failed"),
]
STAGES = [
    ("not_sent", "Not Sent"),
    ("sent", "Sent"),
    ("bounced", "Bounced"),
    ("delivered", "Delivered"),
    ("opened", "Opened"),
    ("viewed", "Viewed"),
    ("replied", "Replied"),
    ("paid", "Paid"),
]
PAID_STATES = ("paid", "in_payment")
CUSTOMER_TYPES = ("out_invoice", "out_refund")
# Mail types of a customer's message: an e-mail through the gateway, a portal comment.
CUSTOMER_MESSAGE_TYPES = ("email", "comment")
# Odoo's e-mail notification of a recipient mail_tracking has no tracking of, as the
# mail_tracking state it stands for.
NOTIFICATION_STATES = {"sent": "sent", "bounce": "bounced", "exception": "error"}
# The evidence of the sending, delivery, views and reply: written by this module only (as
# superuser), never by a user (readonly in the views is not enforced on RPC).
TRACKING_EVIDENCE = frozenset(
    {
        "tracking_sent_date",
        "tracking_sent_by",
        "tracking_send_count",
        "tracking_message_ids",
        "tracking_mail_state",
        "tracking_delivered_date",
        "tracking_opened_date",
        "tracking_bounced_date",
        "tracking_portal_first_view",
        "tracking_portal_last_view",
        "tracking_portal_view_count",
        "tracking_replied_date",
    }
)


def _is_colleague(partner):
    """A recipient who is an internal user: a colleague, not the customer."""
    return bool(partner.user_ids.filtered(lambda u: not u.share))


class AccountMove(models.Model):
    _inherit = "account.move"

    # ---------------------------------------------------------------- sent
    tracking_sent_date = fields.Datetime(
        "First Sent On",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups=TRACKING_GROUPS,
        help="When the invoice was sent to the customer for the first time.",
    )
    tracking_sent_by = fields.Selection(
        [("auto", "Automatically"), ("manual", "By hand")],
        "Sent By",
        readonly=True,
        copy=False,
        groups=TRACKING_GROUPS,
        help="Automatically: by the automatic sending of approved and scheduled invoices. "
        "By hand: by a person, with Send.",
    )
    tracking_send_count = fields.Integer(
        "Times Sent", readonly=True, copy=False, groups=TRACKING_GROUPS
    )
    tracking_message_ids = fields.Many2many(
        "mail.message",
        "account_move_tracking_message_rel",
        "move_id",
        "message_id",
        string="Invoice E-mails",
        readonly=True,
        copy=False,
        groups=TRACKING_GROUPS,
        help="The e-mails that sent the invoice; their delivery is followed.",
    )
    # -------------------------------------------------------------- e-mail
    tracking_mail_state = fields.Selection(
        MAIL_STATES,
        "E-mail",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups=TRACKING_GROUPS,
        help="The best state of the invoice e-mails across their recipients (one recipient "
        "who opened it makes it Opened): Sent to the mail server, Delivered to the "
        "customer's mail server, Opened by a recipient, Bounced back, Failed to leave.",
    )
    tracking_delivered_date = fields.Datetime(
        "Delivered On", readonly=True, copy=False, groups=TRACKING_GROUPS
    )
    tracking_opened_date = fields.Datetime(
        "Opened On", readonly=True, copy=False, groups=TRACKING_GROUPS
    )
    tracking_bounced_date = fields.Datetime(
        "Bounced On", readonly=True, copy=False, groups=TRACKING_GROUPS
    )
    # -------------------------------------------------------------- portal
    tracking_portal_first_view = fields.Datetime(
        "First Viewed Online",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups=TRACKING_GROUPS,
        help="When the customer first opened the invoice or its PDF in the portal (by the "
        "link of the e-mail or her portal account). Internal users are not counted.",
    )
    tracking_portal_last_view = fields.Datetime(
        "Last Viewed Online", readonly=True, copy=False, groups=TRACKING_GROUPS
    )
    tracking_portal_view_count = fields.Integer(
        "Online Views", readonly=True, copy=False, groups=TRACKING_GROUPS
    )
    # --------------------------------------------------------------- reply
    tracking_replied_date = fields.Datetime(
        "Replied On",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups=TRACKING_GROUPS,
        help="When the customer first wrote on the invoice: an e-mail reply or a message "
        "in the portal.",
    )
    # ---------------------------------------------------------------- paid
    tracking_paid_date = fields.Date(
        "Paid On",
        compute="_compute_tracking_paid_date",
        store=True,
        copy=False,
        groups=TRACKING_GROUPS,
        help="The date of the payment that settled the invoice in full.",
    )
    tracking_stage = fields.Selection(
        STAGES,
        "Tracking",
        compute="_compute_tracking_stage",
        store=True,
        copy=False,
        index="btree_not_null",
        group_expand="_group_expand_tracking_stage",
        groups=TRACKING_GROUPS,
        help="How far the invoice got: sent, delivered or bounced, opened, viewed in the "
        "portal, replied, paid.",
    )
    # ------------------------------------------------------------ issuance
    work_end_date = fields.Date(
        "Work Done By",
        copy=False,
        help="The end of the work or of the period the invoice bills (the month end of "
        "time invoiced monthly, the period of a contract). The issuance delay runs from "
        "the end of this day to the sending. When empty, the invoice date is taken at "
        "posting.",
    )
    issuance_delay_days = fields.Float(
        "Issuance Delay (days)",
        compute="_compute_issuance_delay",
        store=True,
        digits=(16, 1),
        copy=False,
        # no total or average in grouped lists: unsent invoices hold 0 here; the
        # Invoice Issuance Delay report averages the sent ones
        aggregator=None,
        help="Days from the end of the work (Work Done By, in the company's time zone) to "
        "the first sending.",
    )
    issuance_within_target = fields.Boolean(
        "Sent within 48 h",
        compute="_compute_issuance_delay",
        store=True,
        copy=False,
        help="Sent within 48 hours of the end of the work.",
    )

    # ============================================================ computes
    @api.depends("payment_state")
    def _compute_tracking_paid_date(self):
        for move in self:
            if move.payment_state not in PAID_STATES or not move.is_invoice(include_receipts=True):
                move.tracking_paid_date = False
                continue
            terms = move.line_ids.filtered(
                lambda line: line.account_type in ("asset_receivable", "liability_payable")
            )
            counterparts = (
                terms.matched_debit_ids.debit_move_id | terms.matched_credit_ids.credit_move_id
            ) - terms
            dates = counterparts.mapped("date")
            move.tracking_paid_date = (
                max(dates) if dates else move.tracking_paid_date or fields.Date.context_today(move)
            )

    @api.depends(
        "state",
        "move_type",
        "payment_state",
        "is_move_sent",
        "tracking_sent_date",
        "tracking_mail_state",
        "tracking_portal_first_view",
        "tracking_replied_date",
    )
    def _compute_tracking_stage(self):
        for move in self:
            if move.move_type not in CUSTOMER_TYPES or move.state != "posted":
                move.tracking_stage = False
                continue
            move.tracking_stage = delivery.stage(
                # sent before this module was installed: Odoo's own mark
                sent=bool(move.tracking_sent_date) or move.is_move_sent,
                mail_state=move.tracking_mail_state,
                viewed=bool(move.tracking_portal_first_view),
                replied=bool(move.tracking_replied_date),
                paid=move.payment_state in PAID_STATES,
            )

    @api.model
    def _group_expand_tracking_stage(self, stages, domain):
        """Grouped by stage, the list follows the stages' order, not their keys'."""
        return [key for key, _label in STAGES]

    @api.depends("tracking_sent_date", "work_end_date", "company_id")
    def _compute_issuance_delay(self):
        for move in self:
            if not (move.tracking_sent_date and move.work_end_date):
                move.issuance_delay_days = 0.0
                move.issuance_within_target = False
                continue
            tz = move.company_id._fincycle_tz()
            move.issuance_delay_days = issuance.delay_days(
                move.work_end_date, move.tracking_sent_date, tz
            )
            move.issuance_within_target = issuance.within_target(
                move.work_end_date, move.tracking_sent_date, tz
            )

    def _get_validation_exceptions(self, extra_domain=None, add_base_exceptions=True):
        # Tracking follows the invoice after its approval: it never asks for another one.
        return [
            *super()._get_validation_exceptions(extra_domain, add_base_exceptions),
            "tracking_sent_date",
            "tracking_sent_by",
            "tracking_send_count",
            "tracking_message_ids",
            "tracking_mail_state",
            "tracking_delivered_date",
            "tracking_opened_date",
            "tracking_bounced_date",
            "tracking_portal_first_view",
            "tracking_portal_last_view",
            "tracking_portal_view_count",
            "tracking_replied_date",
            "tracking_paid_date",
            "tracking_stage",
            "work_end_date",
            "issuance_delay_days",
            "issuance_within_target",
        ]

    # ========================================================= work done by
    def _tracking_check_evidence_write(self, vals_list):
        """Only the module (superuser) or a system administrator sets the tracking evidence."""
        if self.env.su or self.env.user._is_system():
            return
        forged = sorted({name for vals in vals_list for name in vals if name in TRACKING_EVIDENCE})
        if forged:
            raise AccessError(
                self.env._(
                    "The invoice tracking (%(fields)s) is recorded by Odoo, not entered.",
                    fields=", ".join(forged),
                )
            )

    def write(self, vals):
        self._tracking_check_evidence_write([vals])
        return super().write(vals)

    @api.model_create_multi
    def create(self, vals_list):
        self._tracking_check_evidence_write(vals_list)
        moves = super().create(vals_list)
        if "contract_line_id" in self.env["account.move.line"]._fields:
            for move, vals in zip(moves, vals_list, strict=True):
                if vals.get("work_end_date") or not move.is_sale_document():
                    continue
                work_end = move._tracking_contract_work_end()
                if work_end:
                    move.work_end_date = work_end
        return moves

    def _tracking_contract_work_end(self):
        """The end of the period an OCA contract invoice bills, read when the invoice is
        created: the contract's run moved each line's last invoiced date to the end of the
        period it invoices just before creating the invoice. A post-paid period ends the
        work; a pre-paid one is due when the period before it ends (its start - 1 day)."""
        self.ensure_one()
        ends = []
        for line in self.invoice_line_ids.contract_line_id:
            end = line.last_date_invoiced
            if not end:
                continue
            if line.recurring_invoicing_type == "pre-paid":
                start = (
                    end
                    + timedelta(days=1)
                    - line.get_relative_delta(line.recurring_rule_type, line.recurring_interval)
                )
                end = start - timedelta(days=1)
            ends.append(end)
        return max(ends) if ends else False

    def _post(self, soft=True):
        posted = super()._post(soft=soft)
        for move in posted:
            if move.is_sale_document() and not move.work_end_date:
                move.work_end_date = move.invoice_date
        return posted

    # ================================================================= sent
    def _autosend_one(self):
        return super(AccountMove, self.with_context(**{AUTOSEND: True}))._autosend_one()

    def _autosend_record_sent(self, partners, message=None):
        res = super()._autosend_record_sent(partners, message=message)
        automatic = bool(self.env.context.get(AUTOSEND))
        for move in self.sudo():
            vals = {"tracking_send_count": move.tracking_send_count + 1}
            if message:
                vals["tracking_message_ids"] = [Command.link(message.id)]
            if not move.tracking_sent_date:
                vals["tracking_sent_date"] = move.autosend_date or fields.Datetime.now()
                vals["tracking_sent_by"] = "auto" if automatic else "manual"
            if not move.work_end_date:
                vals["work_end_date"] = move.invoice_date or fields.Date.context_today(move)
            move.write(vals)
        self.sudo()._tracking_update_mail()
        return res

    # =============================================================== e-mail
    def _tracking_update_mail(self):
        """Recompute the e-mail state and dates of the invoices from their invoice e-mails:
        mail_tracking's trackings of each recipient, and for a recipient it has no tracking
        of (the mail server could not even be reached) Odoo's own notification. Recipients
        inside the company (colleagues following the invoice) are left out."""
        moves = self.sudo().filtered("tracking_message_ids")
        if not moves:
            return
        message_ids = moves.tracking_message_ids.ids
        trackings = (
            self.env["mail.tracking.email"].sudo().search([("mail_message_id", "in", message_ids)])
        )
        notifications = (
            self.env["mail.notification"]
            .sudo()
            .search([("mail_message_id", "in", message_ids), ("notification_type", "=", "email")])
        )
        recipients_by_message = {}
        tracked = set()
        for tracking in trackings:
            tracked.add((tracking.mail_message_id.id, tracking.partner_id.id))
            if _is_colleague(tracking.partner_id):
                continue
            events = [(e.event_type, e.time) for e in tracking.tracking_event_ids]
            if tracking.state == "error":
                events.append(("error", tracking.time))
            recipients_by_message.setdefault(tracking.mail_message_id.id, []).append(
                (tracking.state, events)
            )
        for notification in notifications:
            key = (notification.mail_message_id.id, notification.res_partner_id.id)
            state = NOTIFICATION_STATES.get(notification.notification_status)
            if key in tracked or not state or _is_colleague(notification.res_partner_id):
                continue
            # a notification has no date: its failure is dated when first seen here
            recipients_by_message.setdefault(key[0], []).append((state, []))
        for move in moves:
            recipients = [
                recipient
                for message in move.tracking_message_ids
                for recipient in recipients_by_message.get(message.id, ())
            ]
            summary = delivery.summarize(recipients)
            bounced_at = summary.bounced_at
            if summary.state in (delivery.BOUNCED, delivery.ERROR) and not bounced_at:
                bounced_at = move.tracking_bounced_date or fields.Datetime.now()
            vals = {
                "tracking_mail_state": summary.state or False,
                "tracking_delivered_date": summary.delivered_at or False,
                "tracking_opened_date": summary.opened_at or False,
                "tracking_bounced_date": bounced_at or False,
            }
            if any(move[name] != value for name, value in vals.items()):
                move.write(vals)

    # =============================================================== portal
    def _tracking_portal_stamp(self):
        """The customer opened the invoice (or its PDF) in the portal: note the first and
        the last time. Called by the portal once it has checked her access (her portal
        account or the invoice's access token); never for an internal user."""
        now = fields.Datetime.now()
        for move in self.sudo():
            if move.state != "posted" or move.move_type not in CUSTOMER_TYPES:
                continue
            last = move.tracking_portal_last_view
            if last and now - last < PORTAL_VIEW_GAP:
                continue
            vals = {
                "tracking_portal_last_view": now,
                "tracking_portal_view_count": move.tracking_portal_view_count + 1,
            }
            if not move.tracking_portal_first_view:
                vals["tracking_portal_first_view"] = now
            move.write(vals)

    # ================================================================ reply
    def _message_post_after_hook(self, new_message, message_values):
        res = super()._message_post_after_hook(new_message, message_values)
        if (
            len(self) == 1
            and not self.env.context.get(SENDING)
            and not self.env.context.get(AUTO_REPLY)
            and self.move_type in CUSTOMER_TYPES
            and not self.sudo().tracking_replied_date
            and self._tracking_is_customer_message(new_message)
        ):
            self.sudo().tracking_replied_date = new_message.date or fields.Datetime.now()
        return res

    def _tracking_is_customer_message(self, message):
        """Whether ``message``, just posted on the invoice, was written by the customer: an
        e-mail that came in through the mail gateway or a portal comment, not internal,
        whose author is no internal user nor one of the companies. Who it is and where it
        lands is the mail gateway's decision (and the collections reply reader's, when
        installed: a sender it does not know stays an internal note, one known as another
        customer's contact never reaches this invoice)."""
        self.ensure_one()
        message = message.sudo()
        if message.message_type not in CUSTOMER_MESSAGE_TYPES:
            return False
        if message.is_internal or message.subtype_id.internal:
            return False
        if message in self.sudo().tracking_message_ids:
            return False
        author = message.author_id
        if not author:
            return message.message_type == "email"
        if author.user_ids.filtered(lambda u: not u.share):
            return False
        return (
            not self.env["res.company"]
            .sudo()
            .search_count([("partner_id", "=", author.id)], limit=1)
        )
