# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The e-mail door: customers' replies to invoices and reminders, read and acted upon.

A reply reaches Odoo's mail gateway and threads, by its ``In-Reply-To`` / ``References``, to
the invoice or to the reminder (``credit.control.communication``) it answers. Here:

* ``mail.thread.message_route``: a reply whose sender is known as somebody else's contact
  (another customer, whatever the company) never lands on the invoice its references name;
  it goes to the sender's own customer record instead, read from there;
* ``mail.thread._message_route_process``: a reply to a reminder lands on the reminded invoice
  it names (else the first one); the raw message is kept and read by the pure reader
  (``fincycle.collections.read_reply``); the reading opens or updates a dispute, sets a
  promised date, or is only recorded. The e-mail is posted first: a failure of the reader or
  of the dispute logic is logged and recorded, never losing the message.
"""

import email
import email.policy
import logging
import time
from decimal import Decimal, InvalidOperation

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import email_normalize, format_amount

from fincycle.collections import ThreadContext
from fincycle.collections.llm import read_reply_with_llm

from .account_dispute import OPEN_STATES

_logger = logging.getLogger(__name__)

REPLY_MODELS = ("account.move", "credit.control.communication")
CUSTOMER_MOVE_TYPES = ("out_invoice", "out_refund")
# What the reader gets at most: a hostile or huge e-mail is cut to its first text.
MAX_READ_BYTES = 512 * 1024
MAX_READ_CHARS = 60_000
# Mailbox providers shared by everybody: the same domain says nothing about the sender.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.fr",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.fr",
        "icloud.com",
        "me.com",
        "aol.com",
        "gmx.ch",
        "gmx.de",
        "gmx.net",
        "gmx.fr",
        "web.de",
        "t-online.de",
        "bluewin.ch",
        "sunrise.ch",
        "hispeed.ch",
        "orange.fr",
        "wanadoo.fr",
        "free.fr",
        "laposte.net",
        "sfr.fr",
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "proton.me",
        "protonmail.com",
        "protonmail.ch",
    }
)
MARKER = "_fincycle_reply"
# The LLM is asked inside the mail gateway's transaction: a short wait, one retry.
REPLY_LLM_TIMEOUT = 20
LLM_OUTCOMES = [
    ("not_asked", "Not asked"),
    ("confirmed", "Confirmed the reading"),
    ("decided", "Chose between the rules and the model"),
    ("not_confirmed", "Disagreed, not followed"),
    ("evidence_not_found", "Quoted words not in the e-mail, ignored"),
    ("failed", "Failed"),
]


def _raw_bytes(message):
    """The source of the parsed ``message`` (an ``email.message.EmailMessage``)."""
    try:
        return message.as_bytes()
    except Exception:  # a broken header must not lose the e-mail
        _logger.info("Reply kept as text: its source could not be serialised", exc_info=True)
    try:
        return message.as_string().encode("utf-8", "replace")
    except Exception:
        _logger.warning("Reply source lost: it could not be serialised", exc_info=True)
        return b""


def _reader_bytes(message, raw):
    """What the reader reads: the raw message, or for a huge one its headers and the first
    characters of its text body (attachments and the rest dropped)."""
    if len(raw) <= MAX_READ_BYTES:
        return raw
    try:
        body = message.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
        subtype = body.get_content_subtype() if body is not None else "plain"
    except Exception:
        text, subtype = "", "plain"
    headers = "".join(
        f"{name}: {str(value)[:998]}\r\n"
        for name, value in message.items()
        if name.lower() not in ("content-type", "content-transfer-encoding", "mime-version")
    )
    head = (
        f"{headers}MIME-Version: 1.0\r\nContent-Type: text/{subtype}; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("utf-8", "replace") + text[:MAX_READ_CHARS].encode("utf-8", "replace")


class AccountDisputeReply(models.Model):
    """One customer e-mail read by the reply reader: what was read, what was done."""

    _name = "account.dispute.reply"
    _description = "Customer Reply Read"
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(string="Subject", readonly=True)
    company_id = fields.Many2one("res.company", required=True, index=True, readonly=True)
    mail_message_id = fields.Many2one(
        "mail.message", string="E-mail", readonly=True, index=True, ondelete="set null"
    )
    message_id = fields.Char(string="Message-Id", readonly=True, index=True)
    email_from = fields.Char(string="From", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Customer", readonly=True, index=True)
    thread_model = fields.Char(string="Answered document model", readonly=True)
    thread_res_id = fields.Many2oneReference(
        string="Answered document", model_field="thread_model", readonly=True
    )
    stage = fields.Char(
        readonly=True, help="What the customer answered: the invoice or a reminder level."
    )
    invoice_ids = fields.Many2many(
        "account.move",
        "account_dispute_reply_move_rel",
        "reply_id",
        "move_id",
        string="Invoices",
        readonly=True,
        check_company=True,
    )
    raw_attachment_id = fields.Many2one(
        "ir.attachment", string="Original e-mail", readonly=True, ondelete="set null"
    )
    state = fields.Selection(
        [
            ("done", "Read"),
            ("recorded", "Recorded, nothing to do"),
            ("unverified", "Sender not verified"),
            ("rejected", "Not the sender's document"),
            ("failed", "Could not be read"),
        ],
        readonly=True,
        required=True,
        default="done",
        index=True,
    )
    error = fields.Text(readonly=True)
    category = fields.Selection(
        lambda self: self.env["account.dispute"]._fields["category"].selection, readonly=True
    )
    pause_dunning = fields.Boolean(readonly=True)
    urgency = fields.Integer(readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    disputed_amount = fields.Monetary(readonly=True)
    promised_date = fields.Date(readonly=True)
    invoice_numbers = fields.Char(string="Invoices named", readonly=True)
    language = fields.Char(readonly=True)
    evidence = fields.Text(readonly=True)
    unsure = fields.Boolean(readonly=True)
    llm_outcome = fields.Selection(
        LLM_OUTCOMES,
        string="LLM second opinion",
        readonly=True,
        help="What the company's LLM said when the reader was unsure (see the settings).",
    )
    llm_error = fields.Char(string="LLM error", readonly=True)
    read_ms = fields.Float(string="Reading time (ms)", readonly=True, digits=(16, 1))
    dispute_id = fields.Many2one("account.dispute", readonly=True, index=True, check_company=True)
    action = fields.Selection(
        [
            ("none", "Nothing"),
            ("dispute_opened", "Dispute opened"),
            ("dispute_updated", "Dispute updated"),
            ("promise", "Promised date recorded"),
            ("activity", "Activity for the owner"),
        ],
        string="Done",
        readonly=True,
        default="none",
    )

    # ------------------------------------------------------------------------------------------
    # Sender and thread
    # ------------------------------------------------------------------------------------------
    @api.model
    def _fincycle_thread_invoices(self, model, res_id):
        """``(record, invoices, stage)`` of a reply's thread, or None when it is no customer
        invoice nor reminder."""
        if model not in REPLY_MODELS or not res_id:
            return None
        record = self.env[model].sudo().browse(res_id).exists()
        if not record:
            return None
        if model == "account.move":
            if record.move_type not in CUSTOMER_MOVE_TYPES:
                return None
            return record, record, self._fincycle_invoice_stage(record)
        invoices = record.credit_control_line_ids.invoice_id.filtered(
            lambda m: m.move_type in CUSTOMER_MOVE_TYPES
        )
        if not invoices:
            return None
        level = record.policy_level_id.level
        return record, invoices.sorted("id"), f"reminder_{level}" if level else "reminder_1"

    @api.model
    def _fincycle_invoice_stage(self, invoice):
        lines = invoice.sudo().credit_control_line_ids.filtered(
            lambda line: line.state in ("queued", "sent")
        )
        level = max(lines.mapped("level"), default=0)
        return f"reminder_{level}" if level else "invoice"

    @api.model
    def _fincycle_sender_partners(self, sender):
        normalized = email_normalize(sender or "")
        if not normalized:
            return self.env["res.partner"]
        return (
            self.env["res.partner"]
            .sudo()
            .with_context(active_test=False)
            .search([("email_normalized", "=", normalized)])
        )

    @api.model
    def _fincycle_sender_verdict(self, sender, commercial):
        """``"internal"``, ``"customer"`` (a contact of ``commercial``, or of its mail domain),
        ``"other"`` (known as somebody else's contact) or ``"unknown"``."""
        normalized = email_normalize(sender or "")
        if not normalized:
            return "unknown"
        partners = self._fincycle_sender_partners(normalized)
        if partners.user_ids.filtered(lambda u: not u.share):
            return "internal"
        if commercial in partners.commercial_partner_id:
            return "customer"
        domain = normalized.rpartition("@")[2]
        if domain not in PUBLIC_MAIL_DOMAINS:
            contacts = (
                self.env["res.partner"]
                .sudo()
                .with_context(active_test=False)
                .search([("commercial_partner_id", "=", commercial.id)])
            )
            domains = {e.rpartition("@")[2] for e in contacts.mapped("email_normalized") if e}
            if domain in domains:
                return "customer"
        customers = partners.commercial_partner_id.filtered(
            lambda p: not p.user_ids.filtered(lambda u: not u.share)
        )
        return "other" if customers else "unknown"

    # ------------------------------------------------------------------------------------------
    # Reading
    # ------------------------------------------------------------------------------------------
    @api.model
    def _fincycle_context(self, invoices, stage):
        invoice = invoices[:1]
        amount = None
        if len(invoices) == 1:
            try:
                amount = Decimal(str(invoice.amount_residual or invoice.amount_total))
            except InvalidOperation:
                amount = None
        partner = invoice.partner_id
        return ThreadContext(
            invoice_number=invoice.name if len(invoices) == 1 else None,
            amount=amount,
            currency=invoice.currency_id.name or None,
            language=(partner.lang or "")[:2] or None,
            stage=stage,
            today=fields.Date.context_today(self),
        )

    @api.model
    def _fincycle_named_invoices(self, numbers, commercial, company):
        """The customer's posted invoices of ``company`` that the reply names."""
        names = [n.strip() for n in numbers or () if n and n.strip()]
        if not names or not commercial:
            return self.env["account.move"]
        moves = (
            self.env["account.move"]
            .sudo()
            .search(
                [
                    ("move_type", "in", CUSTOMER_MOVE_TYPES),
                    ("state", "=", "posted"),
                    ("commercial_partner_id", "=", commercial.id),
                    ("company_id", "=", company.id),
                    "|",
                    ("name", "in", names),
                    ("ref", "in", names),
                ]
            )
        )
        return moves.sorted("id")

    @api.model
    def _fincycle_read(self, message, raw, invoices, stage):
        """``(reading, error, ms)``: the reader's output, or the error it raised."""
        start = time.perf_counter()
        try:
            context = self._fincycle_context(invoices, stage)
            llm = self._fincycle_llm_config(invoices[:1].company_id or self.env.company)
            reading = read_reply_with_llm(_reader_bytes(message, raw), context, llm)
            return reading, None, (time.perf_counter() - start) * 1000
        except Exception as error:  # never lose the e-mail for the reader
            _logger.exception("Reply reader failed on %s", message.get("Message-Id"))
            return None, error, (time.perf_counter() - start) * 1000

    @api.model
    def _fincycle_llm_config(self, company):
        """The company's LLM endpoint when it asks about unsure replies, else None."""
        if not company.credit_control_llm_enabled:
            return None
        config = company._fincycle_llm_config()
        if config is not None:
            config.timeout = min(config.timeout, REPLY_LLM_TIMEOUT)
            config.max_retries = 1
        return config

    # ------------------------------------------------------------------------------------------
    # Acting
    # ------------------------------------------------------------------------------------------
    @api.model
    def _fincycle_keep_raw(self, record, raw):
        if not raw:
            return
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": f"reply-{record.id}.eml",
                    "raw": raw,
                    "mimetype": "message/rfc822",
                    "res_model": record._name,
                    "res_id": record.id,
                    "company_id": record.company_id.id,
                }
            )
        )
        record.raw_attachment_id = attachment

    def _fincycle_owner(self, commercial, company):
        return commercial.payment_responsible_id or company._fincycle_controller()

    def _fincycle_evidence_text(self, reading):
        return "\n".join(
            f"« {line.strip()} »" for line in reading.evidence if line and line.strip()
        )

    def _fincycle_act(self, reading, invoices, commercial, company, mail_message):
        """Open or update the dispute the reading asks for; returns ``(action, dispute)``."""
        Dispute = self.env["account.dispute"].sudo()
        category = reading.category
        promise = category == "payment_promise" and reading.promised_date
        settled = all(inv.payment_state in ("paid", "in_payment", "reversed") for inv in invoices)
        if settled and category in ("already_paid", "payment_promise", "delay_request"):
            return "none", None  # nothing left to chase: the reply is only recorded
        if not (reading.pause_dunning or promise):
            # auto-replies, thanks, promises without a date: recorded only; a request the
            # owner must answer (time without a date, a copy, an unclear message): a to-do
            if category in ("delay_request", "copy_request"):
                return "activity", None
            if category == "other" and int(reading.urgency or 1) >= 2:
                return "activity", None
            return "none", None
        before = Dispute.search([("invoice_ids", "in", invoices.ids), ("state", "in", OPEN_STATES)])
        vals = {
            "partner_id": commercial.id,
            "category": category,
            "urgency": min(max(int(reading.urgency or 1), 1), 5),
            "description": mail_message.body if mail_message else False,
            "evidence": self._fincycle_evidence_text(reading),
        }
        if reading.disputed_amount and reading.disputed_amount > 0:
            vals["disputed_amount"] = float(reading.disputed_amount)
        if reading.promised_date:
            vals["promised_date"] = reading.promised_date
        dispute = Dispute._fincycle_record(invoices, vals, body=None, source="email")
        dispute._fincycle_post_customer_message(mail_message)
        if dispute in before:
            return "dispute_updated", dispute
        return ("promise" if not reading.pause_dunning else "dispute_opened"), dispute

    def _fincycle_note(self, invoice, record):
        """A short note on the invoice saying what the reader made of the reply, in
        the language of the invoice's salesperson (else the company's): the gateway
        runs without a user language, and a stored note keeps the words it was written
        in."""
        lang = invoice.invoice_user_id.lang or invoice.company_id.partner_id.lang
        if lang:
            self = self.with_context(lang=lang)  # noqa: PLW0642
        labels = dict(self._fields["category"]._description_selection(self.env))
        done = dict(self._fields["action"]._description_selection(self.env))
        if record.state == "failed":
            body = self.env._(
                "The customer's e-mail above could not be read automatically (%(error)s): "
                "read it and decide by hand.",
                error=record.error or "?",
            )
        elif record.state in ("unverified", "rejected"):
            body = self.env._(
                "The sender %(sender)s is not a known contact of this customer: the e-mail is "
                "kept but nothing was decided from it.",
                sender=record.email_from or "?",
            )
        else:
            parts = [
                self.env._(
                    "Reply read: %(category)s, urgency %(urgency)s.",
                    category=labels.get(record.category, record.category),
                    urgency=record.urgency,
                )
            ]
            if record.disputed_amount:
                parts.append(
                    self.env._(
                        "Amount in question: %(amount)s.",
                        amount=format_amount(self.env, record.disputed_amount, record.currency_id),
                    )
                )
            if record.promised_date:
                parts.append(
                    self.env._(
                        "Date given: %(date)s.", date=fields.Date.to_string(record.promised_date)
                    )
                )
            parts.append(done.get(record.action, ""))
            body = " ".join(p for p in parts if p)
            if record.dispute_id:
                body = Markup("{} {}").format(body, record.dispute_id._fincycle_link())
        invoice.sudo().message_post(body=body, subtype_xmlid="mail.mt_note")

    @api.model
    def _fincycle_process(self, plan, mail_message, message, raw):
        """Record and act on one reply posted on ``plan["post_on"]``."""
        invoices = plan["targets"]
        company = plan["company"]
        commercial = plan["commercial"]
        reading = plan.get("reading")
        vals = {
            "name": (message.get("Subject") or "")[:250],
            "company_id": company.id,
            "mail_message_id": mail_message.id if mail_message else False,
            "message_id": plan["message_id"],
            "email_from": (message.get("From") or "")[:250],
            "partner_id": commercial.id if commercial else False,
            "thread_model": plan["thread_model"],
            "thread_res_id": plan["thread_res_id"],
            "stage": plan["stage"],
            "invoice_ids": [(6, 0, invoices.ids)],
            "currency_id": (invoices[:1].currency_id or company.currency_id).id,
            "read_ms": plan.get("ms") or 0.0,
            "state": plan["state"],
            "error": plan.get("error") or False,
        }
        if reading is not None:
            vals.update(self._fincycle_reading_vals(reading))
        record = self.sudo().create(vals)
        self._fincycle_keep_raw(record, raw)
        if record.state == "done" and reading is not None and invoices:
            record._fincycle_apply(reading, mail_message)
        if record.state == "failed" and invoices:
            owner = self._fincycle_owner(commercial, company) if commercial else None
            invoices[:1].sudo().activity_schedule(
                "mail.mail_activity_data_todo",
                summary=self.env._("Read the customer's reply"),
                note=self.env._(
                    "The reply could not be read automatically: decide whether to open a dispute."
                ),
                user_id=(owner or self.env.user).id,
            )
        if plan["post_on"]._name == "account.move":
            self._fincycle_note(plan["post_on"], record)
        return record

    @api.model
    def _fincycle_reading_vals(self, reading):
        return {
            "category": reading.category,
            "pause_dunning": reading.pause_dunning,
            "urgency": reading.urgency,
            "disputed_amount": float(reading.disputed_amount or 0.0),
            "promised_date": reading.promised_date,
            "invoice_numbers": ", ".join(reading.invoice_numbers)[:250],
            "language": reading.language,
            "evidence": self._fincycle_evidence_text(reading),
            "unsure": reading.unsure,
            "llm_outcome": reading.llm,
            "llm_error": (reading.llm_error or "")[:250] or False,
        }

    def _fincycle_apply(self, reading, mail_message):
        """Act on ``reading`` for this record's invoices; a failure is recorded, not raised."""
        self.ensure_one()
        invoices = self.invoice_ids
        try:
            with self.env.cr.savepoint():
                action, dispute = self._fincycle_act(
                    reading, invoices, self.partner_id, self.company_id, mail_message
                )
                if action == "activity":
                    self._fincycle_request_activity(invoices[:1], reading)
                self.write(
                    {
                        "action": action,
                        "dispute_id": dispute.id if dispute else False,
                        "state": "done" if action != "none" else "recorded",
                        "error": False,
                    }
                )
        except Exception as error:  # the e-mail stays posted
            _logger.exception("Acting on reply %s failed", self.message_id)
            self.write({"state": "failed", "error": f"{type(error).__name__}: {error}"})

    def action_read_again(self):
        """Read the kept e-mail again (after a reader fix, or once a person has checked an
        unknown sender). A reply that decided nothing yet (could not be read, sender not
        verified) is then acted upon; one already acted upon only gets its reading updated."""
        self.env["account.dispute"]._check_can_decide()
        self.check_access("read")  # the decider's own companies' replies only, then as sudo
        for record in self.sudo():
            raw = record.raw_attachment_id.raw
            if not raw:
                raise UserError(self.env._("The original e-mail of this reply was not kept."))
            message = email.message_from_bytes(raw, policy=email.policy.SMTP)
            invoices = record.invoice_ids
            reading, error, ms = self._fincycle_read(
                message, raw, invoices, record.stage or "invoice"
            )
            if error:
                record.write({"state": "failed", "error": f"{type(error).__name__}: {error}"})
                continue
            record.write({**self._fincycle_reading_vals(reading), "read_ms": ms})
            if record.state in ("failed", "unverified") and invoices and not record.dispute_id:
                record.write({"state": "done"})
                record._fincycle_apply(reading, record.mail_message_id)
        return True

    def _fincycle_request_activity(self, invoice, reading):
        """A delay request without a date, a copy request, an unclear e-mail: the owner
        answers it; nothing is paused."""
        self.ensure_one()
        owner = self._fincycle_owner(invoice.commercial_partner_id, invoice.company_id)
        labels = dict(self._fields["category"]._description_selection(self.env))
        invoice.sudo().activity_schedule(
            "mail.mail_activity_data_todo",
            summary=self.env._(
                "Answer the customer: %(category)s",
                category=labels.get(reading.category, reading.category),
            ),
            note=self._fincycle_evidence_text(reading),
            user_id=owner.id,
        )


class AccountDispute(models.Model):
    _inherit = "account.dispute"

    reply_ids = fields.One2many("account.dispute.reply", "dispute_id", string="E-mails read")

    def _fincycle_post_customer_message(self, mail_message):
        """Copy the customer's e-mail into the dispute's conversation (attachments copied):
        the owner is notified and the customer sees it on the invoice's portal page. The
        reader's evidence stays in the dispute's internal fields."""
        self.ensure_one()
        if not mail_message:
            return
        copies = self.env["ir.attachment"]
        for attachment in mail_message.sudo().attachment_ids:
            copies |= attachment.copy({"res_model": self._name, "res_id": self.id})
        header = self.env._(
            "E-mail from %(sender)s on %(document)s:",
            sender=mail_message.email_from or mail_message.author_id.display_name or "?",
            document=mail_message.record_name or "",
        )
        self.sudo().message_post(
            body=Markup("<p>{}</p>{}").format(header, mail_message.body or ""),
            author_id=mail_message.author_id.id or False,
            email_from=mail_message.email_from,
            attachment_ids=copies.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    @api.model
    def message_route(self, message, message_dict, model=None, thread_id=None, custom_values=None):
        routes = super().message_route(
            message, message_dict, model=model, thread_id=thread_id, custom_values=custom_values
        )
        if thread_id or not routes:
            return routes
        checked = []
        for route in routes:
            try:
                checked.append(self._fincycle_check_route(route, message_dict))
            except Exception:  # a failing check keeps Odoo's route
                _logger.exception("Reply routing check failed; keeping Odoo's route")
                checked.append(route)
        return checked

    def _fincycle_check_route(self, route, message_dict):
        """The route a customer's reply takes (see the module docstring)."""
        Reply = self.env["account.dispute.reply"]
        r_model, r_thread_id, r_values, r_user, r_alias = route
        thread = Reply._fincycle_thread_invoices(r_model, r_thread_id)
        if not thread:
            return route
        commercial = thread[1][:1].commercial_partner_id
        verdict = Reply._fincycle_sender_verdict(message_dict.get("email_from"), commercial)
        marker = {"verdict": verdict, "thread": (r_model, r_thread_id)}
        if verdict == "other":
            # Known as another customer's contact: never on this document. Kept on the
            # sender's own customer record, and read there for the invoices it names.
            sender = Reply._fincycle_sender_partners(message_dict.get("email_from"))
            own = sender.commercial_partner_id.sorted("id")[:1]
            _logger.warning(
                "Reply from %s references %s %s of another customer: routed to partner %s",
                message_dict.get("email_from"),
                r_model,
                r_thread_id,
                own.id,
            )
            message_dict.pop("parent_id", None)
            return ("res.partner", own.id, {MARKER: marker}, r_user, r_alias)
        return (r_model, r_thread_id, {**(r_values or {}), MARKER: marker}, r_user, r_alias)

    def _message_route_process(self, message, message_dict, routes):
        plans = []
        new_routes = []
        raw = None
        for route in routes or ():
            r_model, r_thread_id, r_values, r_user, r_alias = route
            marker = (r_values or {}).get(MARKER)
            if not marker:
                new_routes.append(route)
                continue
            values = {k: v for k, v in r_values.items() if k != MARKER} or None
            if raw is None:
                raw = _raw_bytes(message)
            plan = self._fincycle_plan(message, message_dict, marker, route, raw)
            if plan is None:
                new_routes.append((r_model, r_thread_id, values, r_user, r_alias))
                continue
            post_on = plan["post_on"]
            if (post_on._name, post_on.id) != (r_model, r_thread_id):
                message_dict.pop("parent_id", None)  # the parent lives on the other document
            if plan["state"] in ("unverified", "rejected"):
                # kept as an internal note: an unknown sender's text is not relayed by e-mail
                # to the document's followers
                message_dict["is_internal"] = True
            new_routes.append((post_on._name, post_on.id, values, r_user, r_alias))
            plans.append(plan)
        result = super()._message_route_process(message, message_dict, new_routes)
        for plan in plans:
            post_on = plan["post_on"]
            mail_message = (
                self.env["mail.message"]
                .sudo()
                .search(
                    [
                        ("message_id", "=", plan["message_id"]),
                        ("model", "=", post_on._name),
                        ("res_id", "=", post_on.id),
                    ],
                    limit=1,
                )
            )
            try:
                with self.env.cr.savepoint():
                    self.env["account.dispute.reply"]._fincycle_process(
                        plan, mail_message, message, raw
                    )
            except Exception:  # the e-mail is posted; never fail the gateway
                _logger.exception("Recording reply %s failed", plan["message_id"])
        return result

    def _fincycle_plan(self, message, message_dict, marker, route, raw):
        """Where a reply is posted and what it is about (None: leave it to Odoo)."""
        r_model, r_thread_id = route[0], route[1]
        Reply = self.env["account.dispute.reply"]
        verdict = marker["verdict"]
        plan = {
            "message_id": message_dict.get("message_id"),
            "thread_model": marker["thread"][0],
            "thread_res_id": marker["thread"][1],
        }
        try:
            if verdict == "other":
                partner = self.env["res.partner"].sudo().browse(r_thread_id).exists()
                if not partner:
                    return None
                reading, error, ms = Reply._fincycle_read(
                    message, raw, self.env["account.move"], "invoice"
                )
                named = self.env["account.move"]
                if reading is not None:
                    moves = (
                        self.env["account.move"]
                        .sudo()
                        .search(
                            [
                                ("move_type", "in", CUSTOMER_MOVE_TYPES),
                                ("state", "=", "posted"),
                                ("commercial_partner_id", "=", partner.id),
                                ("name", "in", reading.invoice_numbers or ["-"]),
                            ]
                        )
                    )
                    named = moves.filtered(lambda m: m.company_id == moves[:1].company_id)
                if named:
                    # it names the sender's own invoices: read as a reply to those
                    reading, error, ms = Reply._fincycle_read(message, raw, named, "invoice")
                    plan.update(
                        post_on=named[:1],
                        targets=named,
                        company=named[:1].company_id,
                        commercial=partner,
                        stage=Reply._fincycle_invoice_stage(named[:1]),
                        reading=reading,
                        error=error and f"{type(error).__name__}: {error}",
                        ms=ms,
                        state="failed" if error else "done",
                    )
                    return plan
                plan.update(
                    post_on=partner,
                    targets=self.env["account.move"],
                    company=self.env.company,
                    commercial=partner,
                    stage="unknown",
                    reading=reading,
                    ms=ms,
                    state="rejected",
                )
                return plan
            thread = Reply._fincycle_thread_invoices(r_model, r_thread_id)
            if not thread:
                return None
            record, candidates, stage = thread
            commercial = candidates[:1].commercial_partner_id
            company = candidates[:1].company_id
            plan.update(commercial=commercial, company=company, stage=stage)
            if verdict == "internal":
                return None  # an answer by a colleague: Odoo's usual thread, nothing to read
            if verdict == "unknown":
                plan.update(
                    post_on=record if record._name == "account.move" else candidates[:1],
                    targets=candidates,
                    state="unverified",
                )
                return plan
            reading, error, ms = Reply._fincycle_read(message, raw, candidates, stage)
            named = (
                Reply._fincycle_named_invoices(reading.invoice_numbers, commercial, company)
                if reading is not None
                else self.env["account.move"]
            )
            targets = named or candidates
            if record._name == "account.move":
                post_on = record
            else:
                post_on = (named & candidates)[:1] or named[:1] or candidates[:1]
            plan.update(
                post_on=post_on,
                targets=targets,
                reading=reading,
                error=error and f"{type(error).__name__}: {error}",
                ms=ms,
                state="failed" if error else "done",
            )
            return plan
        except Exception:  # never lose the e-mail
            _logger.exception("Planning reply %s failed", plan["message_id"])
            return None
