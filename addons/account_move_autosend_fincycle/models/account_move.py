# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging

from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.tools import split_every

from odoo.addons.account_move_tier_validation_fincycle.models.tier_review import (
    is_automation,
)

_logger = logging.getLogger(__name__)

# A sending that fails is tried again by the next runs, this many times in all.
DEFAULT_MAX_ATTEMPTS = 3
MAX_ATTEMPTS_PARAM = "account_move_autosend_fincycle.max_attempts"
BATCH_SIZE = 20
CRON_XMLID = "account_move_autosend_fincycle.ir_cron_invoice_autosend"


class AccountMove(models.Model):
    _inherit = "account.move"

    autosend_state = fields.Selection(
        [
            ("to_send", "To Send"),
            ("sent", "Sent"),
            ("not_sent", "Not Sent"),
        ],
        string="Automatic Sending",
        readonly=True,
        copy=False,
        index=True,
        tracking=True,
        help="To Send: the next run of the sending e-mails it. Sent: the invoice "
        "was e-mailed (when and to whom below). Not Sent: it could not be sent by "
        "itself (why below); an activity asks the responsible to send it by hand.",
    )
    autosend_approved = fields.Boolean(
        "Posted after Approval",
        readonly=True,
        copy=False,
        help="The invoice waited for an approval rule and was posted once approved.",
    )
    autosend_date = fields.Datetime("Sent On", readonly=True, copy=False)
    autosend_partner_ids = fields.Many2many(
        "res.partner",
        "account_move_autosend_partner_rel",
        "move_id",
        "partner_id",
        string="Sent To",
        readonly=True,
        copy=False,
    )
    autosend_error = fields.Text(
        "Not Sent Because",
        readonly=True,
        copy=False,
        help="Why the invoice was not sent (yet): no e-mail address, the customer "
        "asked for another way, the error of the last try, a bounce.",
    )
    autosend_attempts = fields.Integer("Sending Attempts", readonly=True, copy=False)
    autosend_message_id = fields.Many2one(
        "mail.message", "Sending Message", readonly=True, copy=False, index="btree_not_null"
    )

    def _get_validation_exceptions(self, extra_domain=None, add_base_exceptions=True):
        # The sending's own fields change after the approval, as Odoo's
        # is_move_sent and sending_data do.
        return [
            *super()._get_validation_exceptions(extra_domain, add_base_exceptions),
            "autosend_state",
            "autosend_approved",
            "autosend_date",
            "autosend_partner_ids",
            "autosend_error",
            "autosend_attempts",
            "autosend_message_id",
        ]

    # ---------------------------------------------------------------- queue
    def _autosend_wanted(self, automated):
        """Whether this just-posted customer document goes to the sending queue,
        per its company's setting."""
        self.ensure_one()
        mode = self.company_id.invoice_autosend
        if mode == "all":
            return True
        return mode == "approved" and (self.autosend_approved or automated)

    def _post(self, soft=True):
        posted = super()._post(soft=soft)
        automated = is_automation(self.env)
        queued = self.browse()
        for move in posted:
            if not move.is_sale_document() or move.autosend_state:
                # Posted again after a reset to draft: sent (or queued) once only.
                continue
            if move.review_ids and move.validation_status == "validated":
                move.autosend_approved = True
            if move._autosend_wanted(automated):
                queued |= move
        if queued:
            queued.write({"autosend_state": "to_send", "autosend_attempts": 0})
            cron = self.env.ref(CRON_XMLID, raise_if_not_found=False)
            if cron:
                cron.sudo()._trigger()
        return posted

    @api.model
    def _autosend_domain(self):
        return [
            ("autosend_state", "=", "to_send"),
            ("state", "=", "posted"),
            ("move_type", "in", ("out_invoice", "out_refund")),
        ]

    @api.model
    def _cron_autosend_invoices(self, batch_size=BATCH_SIZE):
        """Send the posted customer invoices waiting in the queue, in batches
        (committed one by one with the run's progress when run by the
        scheduler); one failing invoice never stops the others."""
        moves = self.search(self._autosend_domain(), order="id")
        in_cron = bool(self.env.context.get("ir_cron_progress_id"))
        Cron = self.env["ir.cron"]
        if in_cron:
            Cron._commit_progress(remaining=len(moves))
        totals = {"sent": 0, "not_sent": 0, "retry": 0}
        for ids in split_every(batch_size, moves.ids):
            # A person sending one of them right now keeps it.
            batch = self.browse(ids).try_lock_for_update()
            for outcome, count in batch._autosend().items():
                totals[outcome] += count
            if in_cron and Cron._commit_progress(len(ids)) <= 0:
                break
        if moves:
            _logger.info(
                "Invoice sending: %(sent)d sent, %(not_sent)d not sent (activity), "
                "%(retry)d to try again",
                totals,
            )
        return totals

    def _autosend(self):
        """Send each invoice of ``self`` waiting to be sent; returns the count of
        each outcome (``sent``, ``not_sent``, ``retry``)."""
        counts = {"sent": 0, "not_sent": 0, "retry": 0}
        for record in self:
            move = record.with_company(record.company_id)
            if move.autosend_state != "to_send" or move.state != "posted":
                continue
            if not move.is_sale_document():
                continue
            if move.sending_data:
                # Odoo's own batch sending (Send on several invoices, a paid
                # online order) sends it: the e-mail it sends marks it sent.
                continue
            try:
                with self.env.cr.savepoint():
                    outcome = move._autosend_one()
            except Exception as exc:  # pylint: disable=broad-except
                # Whatever went wrong (a partner, an activity type...), the
                # others go on and this one is tried again.
                outcome = move._autosend_failed(exc)
            counts[outcome] += 1
        return counts

    def _autosend_contact(self):
        """The customer's invoice contact: the invoice address of the invoice's
        partner, else the partner itself."""
        self.ensure_one()
        contact_id = self.partner_id.address_get(["invoice"])["invoice"]
        return self.env["res.partner"].browse(contact_id) or self.partner_id

    def _autosend_lang(self, contact):
        """The customer's language, as Odoo's template and the invoice PDF use
        it (the invoice's partner), else the contact's or the company's."""
        self.ensure_one()
        return (
            self.partner_id.lang
            or contact.lang
            or self.commercial_partner_id.lang
            or self.company_id.partner_id.lang
            or "en_US"
        )

    def _autosend_one(self):
        self.ensure_one()
        Send = self.env["account.move.send"]
        env = self._autosend_env()
        contact = self._autosend_contact()
        try:
            methods = Send._get_default_sending_methods(self)
        except Exception as exc:  # pylint: disable=broad-except
            return self._autosend_failed(exc)
        settings = {}
        if "email" in methods:
            if not contact.email:
                self._autosend_not_sent(
                    env._(
                        "Send invoice %(invoice)s by hand: the customer has no e-mail "
                        "(%(contact)s has no e-mail address).",
                        invoice=self.name,
                        contact=contact.display_name,
                    ),
                    summary=env._(
                        "Send invoice %(invoice)s by hand: the customer has no e-mail",
                        invoice=self.name,
                    ),
                )
                return "not_sent"
            settings = {"mail_partner_ids": contact.ids, "mail_lang": self._autosend_lang(contact)}
        elif methods <= {"manual"}:
            self._autosend_not_sent(
                env._(
                    "Send invoice %(invoice)s by hand: the customer's invoice sending is "
                    "set to Manual.",
                    invoice=self.name,
                ),
                summary=env._(
                    "Send invoice %(invoice)s by hand: the customer asked for manual sending",
                    invoice=self.name,
                ),
            )
            return "not_sent"
        try:
            with self.env.cr.savepoint():
                Send._generate_and_send_invoices(self, allow_raising=True, **settings)
        except Exception as exc:  # pylint: disable=broad-except
            return self._autosend_failed(exc)
        if self.autosend_state != "sent":
            # Sent by another way than e-mail (e.g. an e-invoicing network).
            self._autosend_record_sent(self.commercial_partner_id)
        return "sent"

    def _autosend_record_sent(self, partners, message=None):
        """Note that the invoice was sent, now, to ``partners``."""
        vals = {
            "autosend_state": "sent",
            "autosend_date": fields.Datetime.now(),
            "autosend_partner_ids": [Command.set(partners.ids)],
            "autosend_error": False,
        }
        if message:
            vals["autosend_message_id"] = message.id
        self.sudo().write(vals)

    def _autosend_max_attempts(self):
        value = self.env["ir.config_parameter"].sudo().get_param(MAX_ATTEMPTS_PARAM)
        try:
            return max(int(value), 1) if value else DEFAULT_MAX_ATTEMPTS
        except ValueError:
            return DEFAULT_MAX_ATTEMPTS

    def _autosend_failed(self, exc):
        """A try failed: try again at the next run, or give up with an activity
        after the last try. Returns the outcome."""
        self.ensure_one()
        error = str(exc.args[0]) if getattr(exc, "args", None) else repr(exc)
        attempts = self.autosend_attempts + 1
        _logger.warning(
            "Invoice id=%s not sent (try %d): %s", self.id, attempts, error, exc_info=True
        )
        self.sudo().write({"autosend_attempts": attempts, "autosend_error": error})
        if attempts < self._autosend_max_attempts():
            return "retry"
        env = self._autosend_env()
        self._autosend_not_sent(
            env._(
                "Invoice %(invoice)s could not be sent after %(count)s tries: %(error)s",
                invoice=self.name,
                count=attempts,
                error=error,
            ),
            summary=env._("Send invoice %(invoice)s by hand: sending failed", invoice=self.name),
        )
        return "not_sent"

    def _autosend_not_sent(self, reason, summary):
        """The invoice is not sent by itself: say why on it and ask its
        responsible, by an activity, to send it by hand."""
        self.ensure_one()
        move = self.sudo()
        move.write({"autosend_state": "not_sent", "autosend_error": reason})
        move.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=summary,
            note=Markup("<p>%s</p>") % reason,
            user_id=self._autosend_responsible().id,
        )

    def _autosend_env(self):
        """An environment in the language of the invoice's responsible: the
        reasons and activities she reads."""
        return self.with_context(lang=self._autosend_responsible().lang or "en_US").env

    def _autosend_responsible(self):
        """Who sends the invoice by hand: its salesperson, else who asked for
        its approval, else its author, else an accounting manager of its
        company (never the system user)."""
        self.ensure_one()
        move = self.sudo()
        candidates = move.invoice_user_id | move.review_ids.requested_by | move.create_uid
        for user in candidates:
            if (
                user.active
                and not user.share
                and not user._is_superuser()
                and move.company_id in user.company_ids
            ):
                return user
        manager = (
            self.env["res.users"]
            .sudo()
            .search(
                [
                    ("all_group_ids", "in", self.env.ref("account.group_account_manager").id),
                    ("company_ids", "in", move.company_id.id),
                    ("share", "=", False),
                    ("id", "!=", self.env.ref("base.user_root").id),
                ],
                order="id",
                limit=1,
            )
        )
        return manager or self.env.ref("base.user_admin", raise_if_not_found=False) or self.env.user

    def _autosend_bounced(self, notifications):
        """The e-mail of the automatic sending bounced or could not be
        delivered: the invoice is not sent; its responsible gets an activity."""
        for move in self.filtered(lambda m: m.autosend_state == "sent"):
            mine = notifications.filtered(
                lambda n, m=move: n.mail_message_id == m.autosend_message_id
            )
            env = move._autosend_env()
            failure_types = dict(mine._fields["failure_type"]._description_selection(env))
            details = "; ".join(
                " ".join(
                    filter(
                        None,
                        (
                            n.res_partner_id.email or n.mail_email_address,
                            n.failure_reason or failure_types.get(n.failure_type),
                        ),
                    )
                )
                for n in mine
            )
            if any(n.notification_status == "bounce" for n in mine):
                summary = env._(
                    "Send invoice %(invoice)s by hand: the e-mail bounced", invoice=move.name
                )
            else:
                summary = env._(
                    "Send invoice %(invoice)s by hand: the e-mail could not be delivered",
                    invoice=move.name,
                )
            move._autosend_not_sent(
                env._(
                    "The e-mail of invoice %(invoice)s did not reach the customer "
                    "(%(details)s): check the address and send it by hand.",
                    invoice=move.name,
                    details=details,
                ),
                summary=summary,
            )

    # -------------------------------------------------------------- actions
    def action_autosend_retry(self):
        """Put the invoices back in the sending queue (after the customer's
        e-mail was corrected, for example)."""
        moves = self.filtered(
            lambda m: m.state == "posted" and m.is_sale_document() and m.autosend_state != "sent"
        )
        moves.write({"autosend_state": "to_send", "autosend_attempts": 0, "autosend_error": False})
        cron = self.env.ref(CRON_XMLID, raise_if_not_found=False)
        if moves and cron:
            cron.sudo()._trigger()
        return True
