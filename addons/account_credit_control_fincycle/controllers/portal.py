# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The portal door: "Contest this invoice" and "I have paid" on the customer's invoice page.

Both forms post (with the CSRF token) to routes that check, as the account portal does, that
the invoice is the visitor's own (or that he holds its access token), validate every field
(amount a positive number up to the invoice total, a date not in the future, the message
plain text, the attachment's real type and size) and open or update the invoice's dispute
(source portal) as the system, posting the customer's message in its chatter. The invoice
page then shows the invoice's disputes, their state and the conversation with the customer
(internal notes never)."""

import logging
import re
from datetime import date

from werkzeug.exceptions import Forbidden, NotFound

from odoo import fields, http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request
from odoo.tools import plaintext2html
from odoo.tools.mimetypes import guess_mimetype

from odoo.addons.account.controllers.portal import PortalAccount

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
AMOUNT_RE = re.compile(r"^\d{1,12}(?:[.,]\d{1,2})?$")
ERRORS = {
    "category": "Choose a reason.",
    "amount": "The amount must be a positive number up to the invoice total.",
    "message": "Please say what is wrong (up to 4000 characters).",
    "date": "The payment date must be a date, not in the future.",
    "attachment": "The file must be a PDF or an image of at most 10 MB.",
    "state": "This invoice cannot be contested any more.",
}


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
    name = re.sub(r"[^\w.\- ]", "_", (upload.filename or "attachment").rsplit("/", 1)[-1])[:100]
    return name or "attachment", content, mimetype


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
                    and m.subtype_id
                    and not m.subtype_id.internal
                )
            ).sorted("id")
        error = kwargs.get("fincycle_error")
        return {
            "fincycle_disputes": disputes.sorted("id", reverse=True),
            "fincycle_conversations": conversations,
            "fincycle_can_dispute": self._fincycle_can_dispute(invoice_sudo),
            "fincycle_error": ERRORS.get(error) if isinstance(error, str) else None,
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
        """The partner speaking: the signed-in customer, else the invoice's customer (the
        visitor holds the invoice's access token)."""
        user = request.env.user
        partner = user.partner_id
        if user._is_public() or partner.commercial_partner_id != invoice_sudo.commercial_partner_id:
            return invoice_sudo.partner_id
        return partner

    def _fincycle_back(self, invoice_sudo, access_token, **query):
        """Back to the invoice page (with its token), with a result code for the message."""
        extra = "".join(f"&{key}={value}" for key, value in query.items())
        url = invoice_sudo.get_portal_url(query_string=extra, anchor="fincycle_disputes")
        return request.redirect(url, local=True)

    def _fincycle_save(self, invoice_sudo, vals, body, upload):
        """Open or update the invoice's dispute and post the customer's message in it."""
        author = self._fincycle_author(invoice_sudo)
        Dispute = request.env["account.dispute"].sudo()
        dispute = Dispute._fincycle_record(
            invoice_sudo,
            {**vals, "partner_id": invoice_sudo.commercial_partner_id.id},
            body=None,
            source="portal",
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
        category = post.get("category")
        if category not in CONTEST_CATEGORIES:
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="category")
        amount = None
        if (post.get("amount") or "").strip():
            amount = _parse_amount(post.get("amount"))
            if (
                amount is None
                or invoice_sudo.currency_id.compare_amounts(amount, invoice_sudo.amount_total) > 0
            ):
                return self._fincycle_back(invoice_sudo, access_token, fincycle_error="amount")
        message = (post.get("message") or "").strip()
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
        amount = _parse_amount(post.get("amount"))
        if (
            amount is None
            or invoice_sudo.currency_id.compare_amounts(amount, invoice_sudo.amount_total) > 0
        ):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="amount")
        try:
            paid_on = date.fromisoformat((post.get("date") or "").strip())
        except ValueError:
            paid_on = None
        if not paid_on or paid_on > fields.Date.context_today(invoice_sudo):
            return self._fincycle_back(invoice_sudo, access_token, fincycle_error="date")
        message = (post.get("message") or "").strip()
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
    def _fincycle_upload(name):
        upload = request.httprequest.files.get(name)
        if not upload or not upload.filename:
            return None
        return _read_upload(upload)
