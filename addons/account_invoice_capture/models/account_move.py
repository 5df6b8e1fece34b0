# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import clean_context

from fincycle.extraction import bill_lines, crosscheck
from fincycle.extraction.identifiers import format_swiss_uid

from .capture_messages import (
    BILL_FIELDS,
    CHECK_LABELS,
    FIELD_LABELS,
    KEY_LABELS,
    SHOWN_FIELDS,
    MessageRenderer,
)

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

    @api.depends_context("lang")
    @api.depends("capture_id.result", "capture_id.state", "capture_id.review_messages")
    def _compute_capture_summary(self):
        for move in self:
            capture = move.capture_id
            move.capture_summary = (capture and move._capture_summary_html(capture)) or False

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
        # Captured bills follow the capture rules (confidence, checks, limit); Odoo's
        # per-vendor auto-post would post them before they are even read.
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
            lambda b: b.sanitized_acc_number == iban.replace(" ", "").upper()
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

    # --- display ----------------------------------------------------------------------------
    def _capture_summary_html(self, capture):
        """The Capture tab: what was read, how sure, what was checked, in the reader's
        language and formats."""
        ext = capture.extraction() if capture.result else None
        renderer = MessageRenderer(self.env, self._capture_display_currency(ext))
        html = Markup("")
        if capture.error_message:
            html += Markup("<p class='text-danger'>%s</p>") % capture.error_message
        if ext:
            html += self._capture_confidence_html(ext, renderer)
            html += self._capture_fields_html(ext, renderer)
            html += self._capture_checks_html(ext, renderer)
        reasons = capture.review_texts() if self.state == "draft" else []
        if reasons:
            html += Markup("<h5 class='mt-3'>%s</h5><ul class='o_capture_reasons'>%s</ul>") % (
                self.env._("To review"),
                Markup("").join(Markup("<li>%s</li>") % r for r in reasons),
            )
        return html

    def _capture_display_currency(self, ext):
        code = ext and ext.value("currency")
        currency = self.env["res.currency"].with_context(active_test=False)
        return (code and currency.search([("name", "=", code)], limit=1)) or self.currency_id

    def _capture_confidence_html(self, ext, renderer):
        """The overall confidence next to the weakest field, and what holds the bill back."""
        threshold = self.company_id.capture_threshold
        scores = crosscheck.key_scores(ext)
        keys = ", ".join(renderer.word(KEY_LABELS, key) for key in crosscheck.KEY_FIELDS)
        html = Markup(
            "<p class='o_capture_overall'><b>%s %s</b> <span class='text-muted'>%s</span></p>"
        ) % (
            self.env._("Overall confidence:"),
            renderer.percent(ext.confidence),
            self.env._("(the lowest of the fields needed to post: %(keys)s)", keys=keys),
        )
        if ext.confidence < threshold and ext.value("document_type") != "not_an_invoice":
            weak = sorted(
                ((key, conf) for key, (_name, conf) in scores.items() if conf < threshold),
                key=lambda item: item[1],
            )
            if weak:
                html += Markup("<p class='text-danger o_capture_held'>%s</p>") % self.env._(
                    "Holds the bill back: %(fields)s (%(threshold)s needed to post).",
                    fields=", ".join(renderer.key_score(key, conf) for key, conf in weak),
                    threshold=renderer.percent(threshold),
                )
            if ext.failed_checks:
                html += Markup("<p class='text-danger o_capture_held'>%s</p>") % self.env._(
                    "A failed cross-check holds the bill back (the confidence is capped at "
                    "%(cap)s).",
                    cap=renderer.percent(crosscheck.FAILED_CHECK_CAP),
                )
        read = [(ext.field_confidence(n), n) for n in BILL_FIELDS if ext.value(n) not in (None, "")]
        if not read:
            return html
        confidence, name = min(read)
        if confidence >= ext.confidence:
            return html
        # The weakest field is below the overall figure: say why it does not count.
        key = _KEY_OF_FIELD.get(name)
        if key:
            key_field, key_confidence = scores[key]
            text = self.env._(
                "Weakest field: %(field)s %(confidence)s. It does not hold the bill back: the "
                "overall confidence takes %(key_field)s (%(key_confidence)s) for it.",
                field=renderer.word(FIELD_LABELS, name),
                confidence=renderer.percent(confidence),
                key_field=renderer.word(FIELD_LABELS, key_field),
                key_confidence=renderer.percent(key_confidence),
            )
        else:
            text = self.env._(
                "Weakest field: %(field)s %(confidence)s. It is not needed to post the bill; "
                "check it before paying.",
                field=renderer.word(FIELD_LABELS, name),
                confidence=renderer.percent(confidence),
            )
        return html + Markup("<p class='text-warning o_capture_weakest'>%s</p>") % text

    def _capture_fields_html(self, ext, renderer):
        rows = Markup("")
        for name in SHOWN_FIELDS:
            f = ext.fields.get(name)
            if not f or f.value in (None, ""):
                continue
            rows += Markup(
                "<tr><td>%s</td><td>%s</td><td class='%s'>%s</td><td class='text-muted'>%s</td></tr>"
            ) % (
                renderer.word(FIELD_LABELS, name),
                renderer.field_value(name, f.value),
                _confidence_css(f.confidence),
                renderer.percent(f.confidence),
                renderer.sources([f.source]),
            )
        if ext.taxes:
            taxes = "; ".join(
                f"{renderer.number(t.rate)}\N{NO-BREAK SPACE}%: "
                f"{renderer.amount(t.base) if t.base is not None else '?'} / "
                f"{renderer.amount(t.amount) if t.amount is not None else '?'}"
                for t in ext.taxes
            )
            rows += Markup("<tr><td>%s</td><td>%s</td><td class='%s'>%s</td><td></td></tr>") % (
                self.env._("VAT per rate (base / VAT)"),
                taxes,
                _confidence_css(ext.taxes_confidence),
                renderer.percent(ext.taxes_confidence),
            )
        return Markup(
            "<table class='table table-sm o_capture_fields'><thead><tr><th>%s</th><th>%s</th>"
            "<th>%s</th><th>%s</th></tr></thead><tbody>%s</tbody></table>"
        ) % (
            self.env._("Field"),
            self.env._("Read"),
            self.env._("Confidence"),
            self.env._("Source"),
            rows,
        )

    def _capture_checks_html(self, ext, renderer):
        items = Markup("")
        for check in ext.checks:
            if check.ok:
                text = renderer.word(CHECK_LABELS, check.name)
                if check.reason:
                    text = f"{text}: {renderer.render(check.reason)}"
                items += Markup("<li class='text-success'>✔ %s</li>") % text
            else:
                text = (
                    renderer.render(check.reason)
                    if check.reason
                    else renderer.word(CHECK_LABELS, check.name)
                )
                items += Markup("<li class='text-danger'>✘ %s</li>") % text
        html = Markup("")
        if items:
            html += Markup("<h5>%s</h5><ul class='list-unstyled o_capture_checks'>%s</ul>") % (
                self.env._("Cross-checks"),
                items,
            )
        if ext.warnings:
            html += Markup("<h5>%s</h5><ul class='o_capture_warnings'>%s</ul>") % (
                self.env._("Noticed while reading"),
                Markup("").join(
                    Markup("<li class='text-warning'>%s</li>") % renderer.render(w)
                    for w in ext.warnings
                ),
            )
        return html


# The key of the overall confidence each shown field stands for (crosscheck.key_scores).
_KEY_OF_FIELD = {
    "vendor_name": "vendor",
    "vendor_vat": "vendor",
    "vendor_iban": "vendor",
    "invoice_number": "invoice_number",
    "invoice_date": "invoice_date",
    "currency": "currency",
    "amount_total": "amount_total",
    "amount_untaxed": "amounts",
}


def _confidence_css(confidence):
    return (
        "text-success"
        if confidence >= 0.9
        else ("text-warning" if confidence >= 0.6 else "text-danger")
    )
