# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    capture_enabled = fields.Boolean(
        "Read Bills on the Server",
        default=True,
        help="Read uploaded and e-mailed PDFs and scans into vendor bills (QR-bill, text, OCR).",
    )
    capture_ocr = fields.Boolean(
        "OCR for Scans",
        default=True,
        help="Read scans and photos with the OCR engine installed on the server.",
    )
    capture_autopost = fields.Boolean(
        "Post Sure Bills Automatically",
        default=True,
        help="Post a captured bill when its confidence reaches the threshold, every "
        "cross-check passes, the vendor is known, no duplicate exists and the total is "
        "below the approval limit. Otherwise a review activity is created.",
    )
    capture_threshold = fields.Float(
        "Auto-Post From",
        default=0.90,
        help="Overall confidence (0-1) a captured bill needs to be posted automatically.",
    )
    capture_approval_limit = fields.Monetary(
        "Approval Limit",
        currency_field="currency_id",
        default=5000.0,
        help="Bills with a total at or above this amount (company currency) are never "
        "posted automatically. Zero means no limit.",
    )
    capture_alias_hourly_limit = fields.Integer(
        "E-mailed Documents Read per Hour",
        default=100,
        help="Documents received by e-mail beyond this many in an hour are kept on their "
        "bill but not read (Re-read reads one): a message with hundreds of attachments, or "
        "from forged senders, cannot hold the reading queue. Zero means no limit.",
    )
    capture_reviewer_id = fields.Many2one(
        "res.users",
        "Bill Reviewer",
        help="Receives the review activities of captured bills. Empty: the person who "
        "uploaded the document, or the administrator for e-mailed ones.",
    )
    capture_llm_enabled = fields.Boolean(
        "Ask an LLM When Unsure",
        help="When the rules are unsure, send the document text to the company's "
        "OpenAI-compatible endpoint (LLM Endpoint settings). Documents then leave this server.",
    )
    capture_llm_send_images = fields.Boolean(
        "Send Page Images", help="Also send images of the first two pages (for vision models)."
    )
