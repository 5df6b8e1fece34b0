# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import clean_context

from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.extraction import bill_lines
from fincycle.extraction.identifiers import format_swiss_uid, is_valid_vat

from .capture_messages import note

IMAGE_MIMETYPES = {
    "image/png",
    "image/jpeg",
    "image/jpg",
    "image/tiff",
    "image/webp",
    "image/bmp",
    "image/gif",
}
# Images below this size in an e-mail are logos and signatures, not scans.
MIN_SCAN_BYTES = 30_000
# Odoo's alias opens one bill per attached file. Past this many in one e-mail, the e-mail is
# one bill holding every file, read by no one: creating hundreds of bills and copies of the
# message in the mail gateway's transaction overruns its worker (850 files: minutes).
MAX_ALIAS_ATTACHMENTS = 50
# Below the structured e-invoice decoders (Factur-X/UBL/CII use 20): the XML always wins.
PDF_PRIORITY = 5
IMAGE_PRIORITY = 4


class AccountMove(models.Model):
    _inherit = "account.move"

    capture_ids = fields.One2many("account.invoice.capture", "move_id", "Captures")
    capture_id = fields.Many2one(
        "account.invoice.capture",
        compute="_compute_capture_id",
        store=True,
        check_company=True,
        help="The latest reading of the bill's document.",
    )
    capture_state = fields.Selection(related="capture_id.state", string="Capture Status")
    capture_outcome = fields.Selection(related="capture_id.outcome", string="Capture Outcome")
    capture_confidence = fields.Float(related="capture_id.confidence", string="Capture Confidence")
    capture_summary = fields.Html(compute="_compute_capture_summary", sanitize=False)
    capture_vendor_proposal = fields.Char(
        compute="_compute_capture_vendor_proposal",
        help="The vendor printed on the document when no contact matches it.",
    )
    capture_foreign_vat = fields.Boolean(
        "Non-Reclaimable VAT in Cost",
        readonly=True,
        copy=False,
        help="The document shows VAT that this company cannot reclaim (foreign VAT, or a "
        "rate without purchase tax here); it is booked as part of the cost so the total "
        "stays as printed.",
    )

    @api.depends("capture_ids")
    def _compute_capture_id(self):
        for move in self:
            move.capture_id = move.capture_ids[:1]

    def write(self, vals):
        if "capture_id" in vals and not self.env.su:
            # another bill's reading shown, filtered and re-read as this one's
            raise AccessError(self.env._("A bill's capture is set by the capture only."))
        return super().write(vals)

    @api.depends_context("lang")
    @api.depends("capture_id.result", "capture_id.state", "capture_id.review_messages")
    def _compute_capture_summary(self):
        for move in self:
            capture = move.capture_id
            move.capture_summary = (capture and capture._summary_html()) or False

    @api.depends("capture_id.result")
    def _compute_invoice_partner_display_info(self):
        # Odoo writes "#Created by: <uploader>" (OdooBot for e-mails and the queue) where a
        # bill has no vendor; a captured bill shows the vendor printed on it, once read.
        res = super()._compute_invoice_partner_display_info()
        for move in self.filtered(lambda m: m.capture_id and not m.partner_id):
            ext = move.capture_id.extraction() if move.capture_id.result else None
            printed = ext and (ext.value("vendor_name") or ext.value("vendor_vat"))
            if printed or not move.invoice_source_email:  # Odoo's "@From: <sender>" stays
                move.invoice_partner_display_name = printed or False
        return res

    @api.depends("capture_id.result", "partner_id")
    def _compute_capture_vendor_proposal(self):
        for move in self:
            ext = move.capture_id.extraction() if move.capture_id.result else None
            move.capture_vendor_proposal = (
                ext.value("vendor_name") if ext and not move.partner_id else False
            )

    # --- decoder registration -----------------------------------------------------------------
    def _get_edi_decoder(self, file_data, new=False):
        priority = self._capture_priority(file_data)
        if priority:
            decoder = self.env["account.invoice.capture.decoder"]._decode
            return {"priority": priority, "decoder": decoder}
        return super()._get_edi_decoder(file_data, new=new)

    def _capture_priority(self, file_data):
        attachment = file_data.get("attachment")
        if not attachment or not self.company_id.capture_enabled:
            return 0
        if not self.is_purchase_document(include_receipts=True):
            return 0
        mimetype = (file_data.get("mimetype") or "").split(";")[0]
        if file_data.get("import_file_type") == "pdf" or mimetype == "application/pdf":
            return PDF_PRIORITY
        if mimetype in IMAGE_MIMETYPES and len(file_data.get("raw") or b"") >= MIN_SCAN_BYTES:
            return IMAGE_PRIORITY
        return 0

    @api.model
    def _get_import_file_type(self, file_data):
        # Scans get a type of their own, so two scans in one e-mail become two bills.
        mimetype = (file_data.get("mimetype") or "").split(";")[0]
        if mimetype in IMAGE_MIMETYPES and len(file_data.get("raw") or b"") >= MIN_SCAN_BYTES:
            return "image"
        return super()._get_import_file_type(file_data)

    def _should_attach_to_record(self, attachment):
        if super()._should_attach_to_record(attachment):
            return True
        return bool(
            attachment
            and not attachment.res_field
            and attachment.mimetype in IMAGE_MIMETYPES
            and attachment.file_size >= MIN_SCAN_BYTES
            and self.is_purchase_document(include_receipts=True)
        )

    @api.model
    def _capture_bill_from_attachment(self, attachment):
        """A bill created from ``attachment`` and read by the capture, in the current transaction.

        Odoo's document import commits before and after each decoder (outside tests), which
        breaks a caller running inside a savepoint, such as data loaded while a module
        installs. This does what the upload does for one file (bill, attachment, chatter,
        the same decoder) and commits nothing; the caller's transaction decides."""
        bill = self.create({})
        attachment.write({"res_model": bill._name, "res_id": bill.id})
        in_lang = bill.with_context(lang=bill._capture_lang(self.env.user))
        in_lang.message_post(
            body=in_lang.env._("This document was created from the following attachment(s)."),
            attachment_ids=attachment.ids,
        )
        file_data = self._to_files_data(attachment)[0]
        decoder_info = bill._get_edi_decoder(file_data, new=True)
        if decoder_info:
            with self.env.cr.savepoint():
                decoder_info["decoder"](bill, file_data, True)
        return bill

    @api.model
    def _create_records_from_attachments(self, attachments, grouping_method=None):
        return super(
            AccountMove, self.with_context(capture_batch_size=len(attachments))
        )._create_records_from_attachments(attachments, grouping_method=grouping_method)

    def _autopost_bill(self):
        """Odoo's per-vendor auto-post ("always post this vendor's bills") is skipped for a
        captured bill: it would post it before it is even read. The capture's posting rule
        (fincycle.extraction.posting) decides once the bill is filled, and holds back bills
        of a vendor set to "never"."""
        if self.capture_ids:
            return
        return super()._autopost_bill()

    def _extend_with_attachments(self, files_data, new=False):
        res = super()._extend_with_attachments(files_data, new=new)
        if (
            res
            and len(self) == 1
            and self.state == "draft"
            and not self.capture_ids
            and self.is_purchase_document(include_receipts=True)
        ):
            decoded_xml = [
                fd
                for fd in files_data
                if fd.get("xml_tree") is not None
                and (fd.get("decoder_info") or {}).get("priority", 0) >= 20
            ]
            if decoded_xml:
                self.env["account.invoice.capture.decoder"]._keep_xml_total(self, decoded_xml[0])
        return res

    # --- language ---------------------------------------------------------------------------

    def _capture_lang(self, uploader):
        """The language of what the capture writes on the bill (chatter, line labels): the
        uploader's, or the company's when the mail gateway, a cron or an install did it."""
        if uploader._is_internal() and uploader.active and not uploader._is_superuser():
            return uploader.lang
        return (
            self.company_id.partner_id.lang
            or self.company_id.capture_reviewer_id.lang
            or self.env.lang
            or "en_US"
        )

    def _message_post_after_hook(self, new_message, message_values):
        if not self.env.context.get("from_alias") or len(self) != 1:
            return super()._message_post_after_hook(new_message, message_values)
        # the files Odoo would turn into bills: documents and scans, not logos or signatures
        files = new_message.attachment_ids.filtered(
            lambda a: self._should_attach_to_record(a) or (a.mimetype or "").endswith("/xml")
        )
        if len(files) <= MAX_ALIAS_ATTACHMENTS or not self.is_purchase_document(True):
            return super()._message_post_after_hook(new_message, message_values)
        # the files stay on this bill's message, neither split into bills nor read
        kept = self.with_context(disable_attachment_import=True)
        result = super(AccountMove, kept)._message_post_after_hook(new_message, message_values)
        Decoder = self.env["account.invoice.capture.decoder"]
        reason = note("alias_too_many_files", count=len(files), limit=MAX_ALIAS_ATTACHMENTS)
        no_capture = self.env["account.invoice.capture"]  # nothing read: the reviewer decides
        bill = self.with_context(lang=self._capture_lang(self.env.user))
        bill.message_post(body=Decoder._render(bill, reason))
        Decoder._schedule_review(bill, no_capture, [reason])
        return result

    # --- user actions -----------------------------------------------------------------------
    def action_capture_reread(self):
        for move in self:
            if move.state != "draft":
                raise UserError(self.env._("Only a draft bill can be read again."))
            if move.capture_id:
                move.capture_id.action_retry()
        return True

    def action_capture_create_vendor(self):
        """A new-contact form prefilled with the vendor printed on the document (name, address,
        VAT number, e-mail, bank account). Saved, it becomes this bill's vendor; nothing is
        created if the user closes it."""
        self.ensure_one()
        ext = self.capture_id.extraction() if self.capture_id.result else None
        if not ext or self.partner_id:
            return False
        country = self.env["res.country"]
        code = bill_lines.vendor_country(ext, None)
        if code:
            country = self.env["res.country"].search([("code", "=", code)], limit=1)
        vat = ext.value("vendor_vat")
        if vat and not is_valid_vat(vat, unknown_country=True):
            vat = False  # printed with wrong check digits: shown on the bill, not stored
        if vat and vat.startswith("CHE") and len(vat) == 12:
            # The form base_vat expects for Swiss numbers (UID + MWST suffix).
            vat = f"{format_swiss_uid(vat)} MWST"
        defaults = {
            "name": ext.value("vendor_name") or ext.value("vendor_vat") or "",
            "is_company": True,
            "company_type": "company",
            "street": ext.value("vendor_street") or False,
            "zip": ext.value("vendor_zip") or False,
            "city": ext.value("vendor_city") or False,
            "country_id": country.id or False,
            "email": ext.value("vendor_email") or False,
            "vat": vat or False,
            "supplier_rank": 1,
        }
        context = {f"default_{key}": value for key, value in defaults.items()}
        # The printed IBAN is added when the vendor is saved (_capture_use_new_vendor): a bank
        # line passed as a default arrives empty from the web client's form.
        context["capture_bill_id"] = self.id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Create Vendor"),
            "res_model": "res.partner",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": context,
        }

    def _capture_use_new_vendor(self, partner):
        """Called when the prefilled vendor form is saved."""
        self.ensure_one()
        if self.state != "draft" or self.partner_id:
            return
        self.partner_id = partner
        ext = self.capture_id.extraction() if self.capture_id.result else None
        iban = ext and ext.value("vendor_iban")
        if iban and not partner.bank_ids.filtered(
            lambda b: b.sanitized_acc_number == sanitize_account_number(iban)
        ):
            Bank = self.env["res.partner.bank"].with_context(clean_context(self.env.context))
            Bank.create({"acc_number": iban, "partner_id": partner.id})
        if partner.bank_ids:
            self.partner_bank_id = partner.bank_ids[:1]
        self.message_post(
            body=self.env._(
                "Vendor %(name)s created from the document by %(user)s.",
                name=partner.display_name,
                user=self.env.user.name,
            )
        )
