# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The portal door: "Contest this invoice" and "I have paid" on the customer's invoice page.

Both forms post (with the CSRF token) to routes that check, as the account portal does, that
the invoice is the visitor's own (or that he holds its access token), validate every field
(amount a positive number up to the amount due, a date not in the future nor long before
the invoice, the message plain text, the attachment's real type and size, stored under the
extension of that type) and open or update the invoice's dispute
(source portal) as the system, posting the customer's message in its chatter. The invoice
page then shows the invoice's disputes, their state and the conversation with the customer
(internal notes never). A claim the accountants rejected is not revived by sending it again:
the new message goes to the rejected dispute and its owner, and reminders go on."""

import logging
import re
from datetime import date, timedelta

from werkzeug.exceptions import Forbidden, NotFound

from odoo import fields, http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request
from odoo.tools import plaintext2html
from odoo.tools.mimetypes import guess_mimetype

from odoo.addons.account.controllers.portal import PortalAccount

from ..models.account_dispute import OPEN_STATES

_logger = logging.getLogger(__name__)

CONTEST_CATEGORIES = ("contestation", "invoice_error")
MAX_MESSAGE_CHARS = 4000
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ALLOWED_MIMETYPES = frozenset(
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "text/plain",
    }
)
# the stored file is named after what it really is, whatever its name said (.exe, .html, .svg)
EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "text/plain": ".txt",
}
# ASCII digits only: no full-width or other scripts' digits that float() would take
AMOUNT_RE = re.compile(r"^[0-9]{1,12}(?:[.,][0-9]{1,2})?$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# control characters (NUL, escape...) but tab and line breaks
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# a payment stated more than this before the invoice date is a typing error
PAID_BEFORE_INVOICE_DAYS = 366
# a customer's messages through these forms on one invoice, per hour: each notifies the owner
# and may carry a 10 MB file, so a token holder must not flood them
MAX_POSTS_PER_HOUR = 5
ERROR_CODES = ("category", "amount", "message", "date", "attachment", "state", "too_many")


def _error_text(env, code):
    """The customer's error message, in his language."""
    texts = {
        "category": env._("Choose a reason."),
        "amount": env._("The amount must be a positive number up to the amount due."),
        "message": env._("Please say what is wrong (up to 4000 characters)."),
        "date": env._(
            "The payment date must be a date, not in the future nor long before the invoice."
        ),
        "attachment": env._("The file must be a PDF or an image of at most 10 MB."),
        "state": env._("This invoice cannot be contested any more."),
        "too_many": env._(
            "You have sent several messages about this invoice in the last hour; we will "
            "answer them. Please try again later."
        ),
    }
    return texts.get(code)


def _clean_text(value):
    """The customer's text without control characters, line breaks made plain."""
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_RE.sub("", text).strip()


def _parse_amount(value):
    """A positive amount typed by a customer ("1'250.50", "1 250,50"), else None."""
    text = re.sub(r"[\s'\u2019\u00a0]", "", str(value or ""))
    if not AMOUNT_RE.match(text):
        return None
    amount = float(text.replace(",", "."))
    return amount if amount > 0 else None


def _read_upload(upload):
    """``(name, content, mimetype)`` of an uploaded file, or raise ValueError."""
    content = upload.stream.read(MAX_ATTACHMENT_BYTES + 1)
    if not content:
        return None
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValueError("attachment")
    mimetype = guess_mimetype(content, default="application/octet-stream")
    if mimetype not in ALLOWED_MIMETYPES:
        raise ValueError("attachment")
    name = (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w\- ]", "_", stem).strip(" _")[:100] or "attachment"
    return stem + EXTENSIONS[mimetype], content, mimetype


class DisputePortal(PortalAccount):
    # ------------------------------------------------------------------------------------------
    # The invoice page
    # ------------------------------------------------------------------------------------------
    def _invoice_get_page_view_values(self, invoice, access_token, **kwargs):
        values = super()._invoice_get_page_view_values(invoice, access_token, **kwargs)
        values.update(self._fincycle_dispute_values(invoice, kwargs))
        return values

    def _fincycle_dispute_values(self, invoice_sudo, kwargs):
        disputes = invoice_sudo.sudo().dispute_ids.filtered(
            lambda d: d.commercial_partner_id == invoice_sudo.commercial_partner_id
        )
        conversations = {}
        for dispute in disputes:
            conversations[dispute.id] = dispute.message_ids.filtered(
                lambda m: (
                    m.message_type in ("comment", "email")
                    and not m.is_internal
                    and m.subtype_id
                    and not m.subtype_id.internal
                )
            ).sorted("id")
        error = kwargs.get("fincycle_error")
        return {
            "fincycle_disputes": disputes.sorted("id", reverse=True),
            "fincycle_conversations": conversations,
            "fincycle_can_dispute": self._fincycle_can_dispute(invoice_sudo),
            "fincycle_error": _error_text(request.env, error) if error in ERROR_CODES else None,
            "fincycle_sent": kwargs.get("fincycle_sent") in ("contest", "paid"),
            "fincycle_today": fields.Date.context_today(invoice_sudo),
        }

    @staticmethod
    def _fincycle_can_dispute(invoice_sudo):
        return (
            invoice_sudo.move_type == "out_invoice"
            and invoice_sudo.state == "posted"
            and invoice_sudo.payment_state not in ("paid", "in_payment", "reversed")
        )

    # ------------------------------------------------------------------------------------------
    # Checks
    # ------------------------------------------------------------------------------------------
    def _fincycle_invoice(self, invoice_id, access_token):
        try:
            invoice_sudo = self._document_check_access("account.move", invoice_id, access_token)
        except MissingError as error:
            raise NotFound() from error
        except AccessError as error:
            raise Forbidden() from error
        if invoice_sudo.move_type not in ("out_invoice", "out_refund"):
            raise NotFound()
        return invoice_sudo

    def _fincycle_author(self, invoice_sudo):
        """The partner speaking: the signed-in user (a customer, or an employee who can read
        the invoice: never written as the customer), else the invoice's customer (the public
        visitor holds the invoice's access token)."""
        user = request.env.user
        if user._is_public():
            return invoice_sudo.partner_id
        return user.partner_id

    def _fincycle_back(self, invoice_sudo, access_token, **query):
        """Back to the invoice page (with its token), with a result code for the message."""
        extra = "".join(f"&{key}={value}" for key, value in query.items())
        url = invoice_sudo.get_portal_url(query_string=extra, anchor="fincycle_disputes")
        return request.redirect(url, local=True)

    def _fincycle_save(self, invoice_sudo, vals, body, upload):
        """Open or update the invoice's dispute and post the customer's message in it."""
        author = self._fincycle_author(invoice_sudo)
        dispute = self._fincycle_rejected(invoice_sudo, vals["category"])
        if dispute:
            # the accountants rejected this very claim: saying it again goes to them on that
            # dispute, which stays closed (reminders go on) unless they reopen it
            today = fields.Date.context_today(dispute)
            dispute._fincycle_ask_review(
                deadline=today
                + timedelta(days=dispute.company_id._fincycle_sla_days(int(dispute.urgency)))
            )
        else:
            dispute = (
                request.env["account.dispute"]
                .sudo()
                ._fincycle_record(
                    invoice_sudo,
                    {**vals, "partner_id": invoice_sudo.commercial_partner_id.id},
                    body=None,
                    source="portal",
                )
            )
        dispute.message_subscribe(partner_ids=author.ids)
        dispute.with_context(mail_post_autofollow_author_skip=True).message_post(
            body=body,
            author_id=author.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            attachments=[(upload[0], upload[1])] if upload else None,
        )
        return dispute

    # ------------------------------------------------------------------------------------------
    # Routes
    # ------------------------------------------------------------------------------------------
    @http.route(
        "/my/invoices/<int:invoice_id>/contest",
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def fincycle_contest(self, invoice_id, access_token=None, **post):
        invoice_sudo = self._fincycle_invoice(invoice_id, access_token)
        if not self._fincycle_can_dispute(invoice_sudo):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="state")
        if self._fincycle_too_many(invoice_sudo):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="too_many")
        category = post.get("category")
        if category not in CONTEST_CATEGORIES:
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="category")
        amount = None
        if (post.get("amount") or "").strip():
            amount = _parse_amount(post.get("amount"))
            if amount is None or self._fincycle_above_due(invoice_sudo, amount):
                return self._fincycle_back(invoice_sudo, access_token, fincycle_error="amount")
        message = _clean_text(post.get("message"))
        if not message or len(message) > MAX_MESSAGE_CHARS:
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="message")
        try:
            upload = self._fincycle_upload("attachment")
        except ValueError:
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="attachment")
        vals = {
            "category": category,
            "urgency": 3,
            "description": plaintext2html(message),
        }
        if amount:
            vals["disputed_amount"] = amount
        self._fincycle_save(invoice_sudo, vals, plaintext2html(message), upload)
        return self._fincycle_back(invoice_sudo, access_token, fincycle_sent="contest")

    @http.route(
        "/my/invoices/<int:invoice_id>/paid",
        type="http",
        auth="public",
        methods=["POST"],
        website=True,
    )
    def fincycle_paid(self, invoice_id, access_token=None, **post):
        invoice_sudo = self._fincycle_invoice(invoice_id, access_token)
        if not self._fincycle_can_dispute(invoice_sudo):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="state")
        if self._fincycle_too_many(invoice_sudo):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="too_many")
        amount = _parse_amount(post.get("amount"))
        if amount is None or self._fincycle_above_due(invoice_sudo, amount):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="amount")
        text_date = (post.get("date") or "").strip()
        try:
            paid_on = date.fromisoformat(text_date) if DATE_RE.match(text_date) else None
        except ValueError:
            paid_on = None
        earliest = (invoice_sudo.invoice_date or invoice_sudo.date) - timedelta(
            days=PAID_BEFORE_INVOICE_DAYS
        )
        if not paid_on or not earliest <= paid_on <= fields.Date.context_today(invoice_sudo):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="date")
        message = _clean_text(post.get("message"))
        if len(message) > MAX_MESSAGE_CHARS:
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="message")
        try:
            upload = self._fincycle_upload("proof")
        except ValueError:
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="attachment")
        stated = request.env._(
            "Paid %(amount)s on %(date)s.",
            amount=invoice_sudo.currency_id.format(amount),
            date=fields.Date.to_string(paid_on),
        )
        text = f"{stated}\n{message}" if message else stated
        vals = {
            "category": "already_paid",
            "urgency": 3,
            "disputed_amount": amount,
            "description": plaintext2html(text),
        }
        self._fincycle_save(invoice_sudo, vals, plaintext2html(text), upload)
        return self._fincycle_back(invoice_sudo, access_token, fincycle_sent="paid")

    @staticmethod
    def _fincycle_too_many(invoice_sudo):
        """As many customer messages about this invoice in the last hour as we take."""
        disputes = (
            request.env["account.dispute"].sudo().search([("invoice_ids", "in", invoice_sudo.ids)])
        )
        if not disputes:
            return False
        since = fields.Datetime.subtract(fields.Datetime.now(), hours=1)
        posted = (
            request.env["mail.message"]
            .sudo()
            .search_count(
                [
                    ("model", "=", "account.dispute"),
                    ("res_id", "in", disputes.ids),
                    ("message_type", "=", "comment"),
                    ("create_date", ">=", since),
                    # the customer's side: no user (public visitor, e-mail) or a portal user
                    "|",
                    ("author_id.user_ids", "=", False),
                    ("author_id.user_ids.share", "=", True),
                ]
            )
        )
        return posted >= MAX_POSTS_PER_HOUR

    @staticmethod
    def _fincycle_rejected(invoice_sudo, category):
        """The invoice's last dispute of ``category`` that the accountants rejected, when none
        is open: a customer does not hold reminders back again by repeating a rejected claim."""
        disputes = invoice_sudo.sudo().dispute_ids
        if disputes.filtered(lambda d: d.state in OPEN_STATES):
            return disputes.browse()
        return disputes.filtered(lambda d: d.state == "rejected" and d.category == category).sorted(
            "id"
        )[-1:]

    @staticmethod
    def _fincycle_above_due(invoice_sudo, amount):
        """More than the invoice still asks (what is already paid is no one's question)."""
        due = abs(invoice_sudo.amount_residual)
        return invoice_sudo.currency_id.compare_amounts(amount, due) > 0

    @staticmethod
    def _fincycle_upload(name):
        upload = request.httprequest.files.get(name)
        if not upload or not upload.filename:
            return None
        return _read_upload(upload)
