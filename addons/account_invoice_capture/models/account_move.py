# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from decimal import Decimal

from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import (
    clean_context,
    float_is_zero,
    float_round,
    format_amount,
    formatLang,
)

from fincycle.extraction import bill_lines, crosscheck, document, posting
from fincycle.extraction.identifiers import format_swiss_uid, name_key, normalize_vat

from .capture_messages import (
    BILL_FIELDS,
    CHECK_LABELS,
    FIELD_LABELS,
    KEY_LABELS,
    SHOWN_FIELDS,
    MessageRenderer,
    note,
)

_logger = logging.getLogger(__name__)

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

# Cash roundings a vendor may print (Swiss 5 centimes...), tried in this order to book the
# printed rounding as Odoo's rounding line.
CASH_ROUNDINGS = ((0.05, "HALF-UP"), (0.05, "UP"), (0.05, "DOWN"), (0.1, "HALF-UP"))
# Below this many characters, one name containing the other is no evidence they are the same.
MIN_NAME_OVERLAP = 6


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
            return {"priority": priority, "decoder": self._capture_decode}
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

    def _capture_decode(self, move, file_data, new):
        """Decoder called by the document import framework (``decoder(self, file_data, new)``)."""
        move.ensure_one()
        attachment = file_data["attachment"]
        checksum = self.env["account.invoice.capture"]._checksum(file_data["raw"])
        capture = self.env["account.invoice.capture"].create(
            {
                "name": file_data["name"] or attachment.name,
                "move_id": move.id,
                "attachment_id": attachment.id,
                "checksum": checksum,
            }
        )
        if move._capture_inline(file_data):
            capture._process()
        else:
            move.message_post(
                body=self.env._(
                    "%(file)s is queued: it is read in the background and this bill is "
                    "filled in a moment.",
                    file=capture.name,
                )
            )
            self.env.ref("account_invoice_capture.ir_cron_capture_queue")._trigger()

    def _capture_inline(self, file_data):
        """Read now (the user waits for the form) or in the background (batches, e-mails, scans)."""
        context = self.env.context
        if "capture_inline" in context:
            return context["capture_inline"]
        if context.get("from_alias") or context.get("capture_batch_size", 1) > 1:
            return False
        if file_data.get("import_file_type") != "pdf":
            return False
        # A PDF that does not open is answered at once; a scanned one waits for the OCR.
        return document.pdf_has_text(file_data["raw"]) is not False

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
                self._capture_keep_xml_total(decoded_xml[0])
        return res

    def _capture_keep_xml_total(self, file_data):
        """An e-invoice whose VAT rate has no purchase tax here (a German 19 % bill in a
        Swiss company) loses its VAT in Odoo's import: put it back as non-reclaimable cost."""
        from fincycle.extraction import xmlinvoice  # noqa: PLC0415

        try:
            ext = xmlinvoice.parse_invoice_xml(file_data["raw"])
        except Exception:  # Odoo's decoder read it; ours is only a check
            _logger.info("could not re-read %s for the total check", file_data.get("name"))
            return
        printed = ext.value("amount_total") if ext else None
        if printed is None:
            return
        currency = self.currency_id
        diff = float(printed) - self.amount_total
        if float_is_zero(diff, precision_rounding=currency.rounding):
            return
        line_rates = {round(t.amount, 4) for t in self.invoice_line_ids.tax_ids}
        missing = [t for t in ext.taxes if t.amount and round(float(t.rate), 4) not in line_rates]
        missing_sum = sum(float(t.amount) for t in missing)
        if missing and abs(missing_sum - diff) <= 0.011 * len(missing):
            country = self._capture_country(ext, self.partner_id)
            self.write(
                {
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": self.env._(
                                    "Non-reclaimable VAT %(rate)s %% (%(country)s)",
                                    rate=t.rate,
                                    country=country or "?",
                                ),
                                "quantity": 1,
                                "price_unit": float(t.amount),
                                "tax_ids": [Command.clear()],
                                "is_imported": True,
                            }
                        )
                        for t in missing
                    ],
                    "capture_foreign_vat": True,
                }
            )
            self.message_post(
                body=self.env._(
                    "The e-invoice shows VAT at %(rates)s %% that has no purchase tax in this "
                    "company; it was added as cost so the total stays %(total)s as printed.",
                    rates=", ".join(str(t.rate) for t in missing),
                    total=format_amount(self.env, float(printed), currency),
                )
            )
            return
        self.message_post(
            body=self.env._(
                "The bill total %(ours)s differs from the e-invoice total %(printed)s: check "
                "the lines and taxes.",
                ours=format_amount(self.env, self.amount_total, currency),
                printed=format_amount(self.env, float(printed), currency),
            )
        )

    # --- language ---------------------------------------------------------------------------
    def _capture_reviewer(self, capture):
        """Who checks a bill the capture could not post: the company's reviewer, else the
        uploader, else the administrator."""
        return (
            self.company_id.capture_reviewer_id
            or (
                capture.create_uid
                if capture.create_uid._is_internal() and capture.create_uid.active
                else False
            )
            or self.env.ref("base.user_admin", raise_if_not_found=False)
            or self.env.user
        )

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

    def _capture_render(self, message):
        """A message code as a sentence in this environment's language."""
        return MessageRenderer(self.env, self.currency_id).render(message)

    # --- filling the bill -------------------------------------------------------------------
    def _capture_unreadable(self, capture, reason):
        self.ensure_one()
        capture.review_messages = [reason]
        self.message_post(
            body=Markup("%s<br/>%s")
            % (
                self.env._("Could not read %(file)s:", file=capture.name),
                self._capture_render(reason),
            )
        )
        self._capture_schedule_review(capture, [reason])

    def _capture_remove_imported_lines(self):
        for move in self.filtered(lambda m: m.state == "draft"):
            imported = move.invoice_line_ids.filtered("is_imported")
            if imported:
                move.invoice_line_ids = [Command.unlink(line.id) for line in imported]

    def _capture_apply(self, capture, ext):
        """Fill the draft bill from the extraction, then post it or ask for a review."""
        self.ensure_one()
        reasons = []
        facts = []
        doc_type = ext.value("document_type")
        if doc_type == "not_an_invoice":
            capture.outcome = "not_invoice"
            reason = note("not_invoice", file=capture.name)
            capture.review_messages = [reason]
            self.message_post(body=self._capture_render(reason))
            self._capture_schedule_review(capture, [reason])
            return
        if doc_type == "credit_note" and self.move_type == "in_invoice" and not self.line_ids:
            self.move_type = "in_refund"
            facts.append(self.env._("credit note"))

        partner, how, partner_reasons = self._capture_find_vendor(ext)
        reasons += partner_reasons
        vals = {}
        if partner and not self.partner_id:
            vals["partner_id"] = partner.id
        elif self.partner_id:
            partner = self.partner_id
            how = how or self.env._("set before reading")
        if partner:
            facts.append(
                self.env._("vendor %(name)s (%(how)s)", name=partner.display_name, how=how)
            )
        else:
            name = ext.value("vendor_name") or ext.value("vendor_vat") or "?"
            reasons.append(note("vendor_unknown", name=name))
        reasons += self._capture_addressee(ext)

        currency_name = ext.value("currency")
        currency, currency_reasons = self._capture_currency(currency_name)
        reasons += currency_reasons
        if currency:
            vals["currency_id"] = currency.id
        self._capture_write_header(ext, vals)
        if partner:
            reasons += self._capture_set_bank(partner, ext)

        if not currency_name or currency:
            reasons += self._capture_fill_lines(ext, partner)
        reasons += [c.reason.to_dict() for c in ext.failed_checks if c.reason]
        self._capture_decide(capture, ext, facts, reasons)

    def _capture_write_header(self, ext, vals):
        for key, name in (
            ("ref", "invoice_number"),
            ("invoice_date", "invoice_date"),
            ("payment_reference", "payment_reference"),
            ("invoice_origin", "po_number"),  # the purchase app links bills to orders by it
        ):
            if ext.value(name):
                vals[key] = ext.value(name)
        if vals:
            self.write(vals)
        if ext.value("due_date"):
            # A printed due date is the vendor's term for this bill.
            self.write(
                {"invoice_payment_term_id": False, "invoice_date_due": ext.value("due_date")}
            )

    def _capture_currency(self, code):
        """(currency, reasons): an unknown or inactive currency is said, never guessed."""
        Currency = self.env["res.currency"].with_context(active_test=False)
        if not code:
            return Currency, []
        currency = Currency.search([("name", "=", code)], limit=1)
        if not currency:
            return Currency, [note("currency_unknown", value=code)]
        if not currency.active:
            return Currency.browse(), [note("currency_inactive", value=code)]
        return currency, []

    # --- addressee --------------------------------------------------------------------------
    def _capture_addressee(self, ext):
        """Reasons to hold a bill printed for another company: the customer name or VAT
        number on it is not this company's. A VAT number that matches settles it (names on
        bills vary: trade names, a department, a person)."""
        company = self.company_id
        printed_name = ext.value("customer_name")
        printed_vat = normalize_vat(ext.value("customer_vat") or "")
        if not printed_name and not printed_vat:
            return []
        own_vats = {normalize_vat(v) for v in (company.vat, company.partner_id.vat) if v}
        if printed_vat and printed_vat in own_vats:
            return []
        other = self._capture_other_company(printed_name, printed_vat)
        if other:
            return [
                note(
                    "addressed_other_company",
                    other_company=other.name,
                    company=company.name,
                )
            ]
        if printed_vat and own_vats:
            return [
                note(
                    "addressed_other_vat",
                    vat=printed_vat,
                    company=company.name,
                    own_vat=sorted(own_vats)[0],
                )
            ]
        if printed_name and not any(
            _same_name(printed_name, name) for name in self._capture_own_names()
        ):
            return [note("addressed_other_name", name=printed_name, company=company.name)]
        return []

    def _capture_own_names(self):
        """Names a bill to this company may carry: the company, its contacts and users."""
        company = self.company_id.sudo()
        partner = company.partner_id
        names = {company.name, partner.name, partner.commercial_company_name}
        names.update(partner.child_ids.mapped("name"))
        names.update(company.user_ids.filtered(lambda u: u.company_id == company).mapped("name"))
        return [n for n in names if n]

    def _capture_other_company(self, name, vat):
        """Another company of this database the bill names, by VAT number or name."""
        for other in self.env["res.company"].sudo().search([("id", "!=", self.company_id.id)]):
            vats = {normalize_vat(v) for v in (other.vat, other.partner_id.vat) if v}
            if (vat and vat in vats) or (name and _same_name(name, other.name)):
                return other
        return self.env["res.company"]

    # --- vendor -----------------------------------------------------------------------------
    def _capture_partner_domain(self):
        return [
            ("company_id", "in", [False, self.company_id.id]),
            ("id", "not in", (self.company_id.partner_id | self.env.user.partner_id).ids),
        ]

    def _capture_find_vendor(self, ext):
        """Vendor by VAT number, then IBAN, then exact name. Returns (partner, how, reasons)."""
        Partner = self.env["res.partner"]
        reasons = []
        vat = ext.value("vendor_vat")
        iban = ext.value("vendor_iban")
        by_vat = by_iban = Partner
        if vat:
            by_vat = Partner.search(
                [("vat_key", "=", normalize_vat(vat)), *self._capture_partner_domain()]
            ).commercial_partner_id
        if iban:
            banks = self.env["res.partner.bank"].search(
                [
                    ("sanitized_acc_number", "=", iban.replace(" ", "").upper()),
                    ("partner_id", "not in", self.company_id.partner_id.ids),
                ]
            )
            by_iban = banks.partner_id.filtered_domain(self._capture_partner_domain())
            by_iban = by_iban.commercial_partner_id
        if len(by_vat) == 1:
            if by_iban and by_iban != by_vat:
                reasons.append(
                    note(
                        "iban_other_vendor",
                        iban=iban,
                        other=by_iban.display_name,
                        vendor=by_vat.display_name,
                    )
                )
            return by_vat, self.env._("found by VAT number"), reasons
        if len(by_vat) > 1:
            reasons.append(
                note(
                    "vat_several_contacts",
                    vat=vat,
                    names=", ".join(by_vat.mapped("display_name")),
                )
            )
            return Partner, "", reasons
        if len(by_iban) == 1:
            if vat and by_iban.vat and name_key(by_iban.vat)[:12] != name_key(vat)[:12]:
                reasons.append(note("iban_vat_differs", vendor=by_iban.display_name, vat=vat))
                return Partner, "", reasons
            return by_iban, self.env._("found by IBAN"), reasons
        name = ext.value("vendor_name")
        if name and len(name_key(name)) >= 3:
            words = [w for w in name.split() if len(w) > 2]
            candidates = Partner.search(
                [
                    ("name", "ilike", max(words, key=len) if words else name),
                    *self._capture_partner_domain(),
                ],
                limit=50,
            )
            same = candidates.filtered(
                lambda p: name_key(p.name) == name_key(name)
            ).commercial_partner_id
            if vat:
                same = same.filtered(lambda p: not p.vat)
            if len(same) == 1:
                return same, self.env._("found by name"), reasons
        return Partner, "", reasons

    def _capture_set_bank(self, partner, ext):
        iban = ext.value("vendor_iban")
        if not iban:
            return []
        sanitized = iban.replace(" ", "").upper()
        # default_journal_id & co. of the upload context are not for bank accounts.
        Bank = self.env["res.partner.bank"].with_context(clean_context(self.env.context))
        accounts = Bank.search([("partner_id", "child_of", partner.commercial_partner_id.id)])
        match = accounts.filtered(lambda b: b.sanitized_acc_number == sanitized)
        if match:
            self.partner_bank_id = match[0]
            return []
        if accounts:
            # Changed payment details on a bill are the classic invoice-redirection fraud.
            return [note("iban_not_vendors", iban=iban, vendor=partner.display_name)]
        bank = Bank.create({"acc_number": iban, "partner_id": partner.commercial_partner_id.id})
        self.partner_bank_id = bank
        return [note("bank_account_added", iban=iban, vendor=partner.display_name)]

    # --- lines and taxes --------------------------------------------------------------------
    def _capture_country(self, ext, partner):
        return bill_lines.vendor_country(ext, (partner and partner.country_id.code) or None)

    def _capture_purchase_tax(self, rate):
        company = self.company_id
        # The previous rate (Swiss 7.7 % before 2024) is archived by the chart but still the
        # right tax for a bill of that period: archived taxes come second.
        taxes = self._capture_tax_candidates(rate, active=True) or self._capture_tax_candidates(
            rate, active=False
        )
        fiscal_country = company.account_fiscal_country_id
        preferred = taxes.filtered(lambda t: t.country_id == fiscal_country) or taxes
        tax = preferred[:1]
        if tax and self.fiscal_position_id:
            tax = self.fiscal_position_id.map_tax(tax)
        return tax

    def _capture_tax_candidates(self, rate, active):
        """Plain purchase taxes of ``rate`` %: no price-included or reverse-charge ones."""
        taxes = (
            self.env["account.tax"]
            .with_context(active_test=False)
            .search(
                [
                    *self.env["account.tax"]._check_company_domain(self.company_id),
                    ("active", "=", active),
                    ("type_tax_use", "=", "purchase"),
                    ("amount_type", "=", "percent"),
                    ("amount", "=", float(rate)),
                ],
                order="sequence, id",
            )
        )
        return taxes.filtered(
            lambda t: (
                not t.price_include
                and all(line.factor_percent >= 0 for line in t.invoice_repartition_line_ids)
            )
        )

    def _capture_fill_lines(self, ext, partner):
        """Lines with the company's purchase taxes by rate; foreign or unknown VAT into cost."""
        if self.invoice_line_ids.filtered(lambda line: not line.is_imported):
            return [note("lines_kept")]
        self._capture_remove_imported_lines()
        reasons = []
        company_country = bill_lines.VAT_AREAS.get(
            self.company_id.account_fiscal_country_id.code
        ) or (self.company_id.account_fiscal_country_id.code)
        vendor_country = self._capture_country(ext, partner)
        foreign = bool(vendor_country and company_country and vendor_country != company_country)
        blocks = bill_lines.line_blocks(ext)
        rates_without_tax = self._capture_write_lines(ext, blocks, foreign, vendor_country)
        printed_tax = ext.value("amount_tax")
        if (
            printed_tax is not None
            and not rates_without_tax
            and abs(self.amount_tax - float(printed_tax)) >= 0.005
        ):
            # Odoo rounds VAT per line, the vendor per rate: grouped per rate, the VAT is the
            # printed one to the cent (the item names stay in the line labels).
            per_rate = bill_lines.line_blocks(ext, items=False)
            if per_rate and per_rate != blocks:
                self._capture_remove_imported_lines()
                self._capture_write_lines(ext, per_rate, foreign, vendor_country)
                self.message_post(
                    body=self.env._(
                        "The vendor rounds VAT per rate, not per line: the lines are grouped "
                        "per VAT rate so the VAT is the printed one."
                    )
                )
        if rates_without_tax:
            self.capture_foreign_vat = True
            if foreign:
                reasons_text = self.env._(
                    "VAT of %(rates)s %% from %(country)s cannot be reclaimed here; it is "
                    "booked as cost (flagged on the bill).",
                    rates=", ".join(str(r) for r in rates_without_tax),
                    country=vendor_country,
                )
                self.message_post(body=reasons_text)
            else:
                reasons.append(note("tax_missing", rates=list(rates_without_tax)))
        reasons += self._capture_match_total(ext)
        return reasons

    def _capture_write_lines(self, ext, blocks, foreign, vendor_country):
        """Create the lines of ``blocks``; return the VAT rates booked as cost."""
        label = " ".join(x for x in (ext.value("vendor_name"), ext.value("invoice_number")) if x)
        commands = []
        cost_rates = set()
        names = {"discount": self.env._("Discount"), "charge": self.env._("Other charges")}
        for block in blocks:
            tax = self.env["account.tax"]
            if block.rate:
                tax = self.env["account.tax"] if foreign else self._capture_purchase_tax(block.rate)
                if not tax:
                    cost_rates.add(block.rate)
            commands.append(
                Command.create(
                    {
                        "name": names.get(block.kind)
                        or block.label
                        or label
                        or self.env._("Captured bill"),
                        "quantity": float(block.quantity),
                        "price_unit": float(block.price_unit),
                        "tax_ids": [Command.set(tax.ids)],
                    }
                )
            )
        # VAT that cannot be reclaimed: its printed amount becomes a cost line per rate.
        for rate in sorted(cost_rates):
            amount = bill_lines.vat_amount(ext, rate, blocks)
            if not amount:
                continue
            commands.append(
                Command.create(
                    {
                        "name": self.env._(
                            "Non-reclaimable VAT %(rate)s %% (%(country)s)",
                            rate=rate,
                            country=vendor_country or "?",
                        ),
                        "quantity": 1,
                        "price_unit": float(amount),
                        "tax_ids": [Command.clear()],
                    }
                )
            )
        if commands:
            self.write({"invoice_line_ids": commands})
            self.invoice_line_ids.is_imported = True
        return sorted(cost_rates)

    def _capture_match_total(self, ext):
        """Keep the printed total: book the printed rounding, or say what differs."""
        printed = ext.value("amount_total")
        if printed is None or not self.invoice_line_ids:
            return []
        currency = self.currency_id
        diff = float(printed) - self.amount_total
        if float_is_zero(diff, precision_rounding=currency.rounding):
            return []
        rounding = ext.value("amount_rounding")
        small = abs(diff) <= 0.05 + 1e-9
        if small and rounding and self._capture_book_cash_rounding(float(printed)):
            return []
        if small and (rounding or self.tax_totals):
            # A cent of VAT rounded otherwise than by Odoo, or a rounding no cash rounding
            # method gives: one line, so the total is the printed one.
            self.write(
                {
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": self.env._("Rounding"),
                                "quantity": 1,
                                "price_unit": diff,
                                "tax_ids": [Command.clear()],
                                "is_imported": True,
                            }
                        )
                    ]
                }
            )
            return []
        return [note("total_differs", ours_amount=self.amount_total, printed_amount=printed)]

    def _capture_book_cash_rounding(self, printed_total):
        """A rounding printed under the totals (Swiss 5 centimes) becomes Odoo's cash
        rounding line: outside the untaxed amount and the VAT of the bill's totals, which
        stay as printed. True when the total is then the printed one."""
        currency = self.currency_id
        for cash_rounding in self._capture_cash_roundings(printed_total - self.amount_total):
            self.invoice_cash_rounding_id = cash_rounding
            if currency.is_zero(printed_total - self.amount_total):
                return True
        self.invoice_cash_rounding_id = False
        return False

    def _capture_cash_roundings(self, diff):
        """Cash roundings (add a rounding line) that give ``diff`` on this bill: the company's
        own first, else one made for printed roundings, booked like the bill's lines."""
        currency = self.currency_id
        total = self.amount_total
        Rounding = self.env["account.cash.rounding"].with_company(self.company_id)
        own = Rounding.search([("strategy", "=", "add_invoice_line")]).filtered(
            lambda r: (
                r.profit_account_id
                and r.loss_account_id
                and currency.is_zero(r.compute_difference(currency, total) - diff)
            )
        )
        if own:
            return own
        account = self.journal_id.default_account_id
        if not account:
            return Rounding
        for precision, method in CASH_ROUNDINGS:
            if not currency.is_zero(
                float_round(
                    currency.round(total), precision_rounding=precision, rounding_method=method
                )
                - currency.round(total)
                - diff
            ):
                continue
            name = self.env._("Rounding %(precision)s as printed on bills", precision=precision)
            rounding = Rounding.sudo().search(
                [
                    ("strategy", "=", "add_invoice_line"),
                    ("rounding", "=", precision),
                    ("rounding_method", "=", method),
                ],
                limit=1,
            ) or Rounding.sudo().create(
                {"name": name, "rounding": precision, "rounding_method": method}
            )
            if not rounding.profit_account_id or not rounding.loss_account_id:
                rounding.write({"profit_account_id": account.id, "loss_account_id": account.id})
            return rounding.sudo(False)
        return Rounding

    # --- decision ---------------------------------------------------------------------------
    def _capture_duplicates(self, capture):
        """(the bill the same file was read into, bills that look like this one): names."""
        others = self.env["account.invoice.capture"].search(
            [
                ("checksum", "=", capture.checksum),
                ("id", "!=", capture.id),
                ("move_id", "!=", self.id),
                ("move_id.state", "!=", "cancel"),
                ("company_id", "=", self.company_id.id),
            ],
            limit=1,
        )
        duplicates = self.duplicated_ref_ids.filtered(lambda m: m.state != "cancel")
        if self.partner_id and self.amount_total and self.invoice_date:
            duplicates |= self.search(
                [
                    ("id", "!=", self.id),
                    ("company_id", "=", self.company_id.id),
                    ("move_type", "=", self.move_type),
                    ("commercial_partner_id", "=", self.commercial_partner_id.id),
                    ("invoice_date", "=", self.invoice_date),
                    ("amount_total", "=", self.amount_total),
                    ("state", "!=", "cancel"),
                ],
                limit=3,
            )
        return others.move_id.display_name or "", tuple(duplicates.mapped("display_name"))

    def _capture_posting_facts(self, capture, ext, reasons):
        """The filled bill as plain facts for :func:`fincycle.extraction.posting.decide`."""
        duplicate_file, duplicate_bills = self._capture_duplicates(capture)
        return posting.BillFacts(
            confidence=ext.confidence,
            key_scores={key: score for key, (_n, score) in crosscheck.key_scores(ext).items()},
            checks_passed=len([c for c in ext.checks if c.ok]),
            total=Decimal(str(self.amount_total_signed)),
            has_vendor=bool(self.partner_id),
            vendor_never_autopost=self.partner_id.autopost_bills == "never",
            abnormal_amount_warning=self.abnormal_amount_warning or "",
            has_lines=bool(self.invoice_line_ids),
            duplicate_file=duplicate_file,
            duplicate_bills=duplicate_bills,
            found=tuple(reasons),
        )

    @api.model
    def _capture_posting_policy(self, company):
        return posting.PostingPolicy(
            autopost=company.capture_autopost,
            threshold=company.capture_threshold,
            approval_limit=Decimal(str(company.capture_approval_limit or 0)),
            currency=company.currency_id.name,
        )

    def _capture_decide(self, capture, ext, facts, reasons):
        """Post the bill when the posting rule allows it, else ask for a review; either way
        the chatter says what was read and why."""
        decision = posting.decide(
            self._capture_posting_facts(capture, ext, reasons),
            self._capture_posting_policy(self.company_id),
        )
        reasons = decision.reason_dicts()
        if decision.post:
            try:
                with self.env.cr.savepoint():
                    self.action_post()
            except UserError as exc:
                reasons.append(note("posting_refused", error=exc.args[0]))
        renderer = MessageRenderer(self.env, self.currency_id)
        summary = self.env._(
            "Read %(file)s (%(sources)s, %(pages)s page(s), %(seconds)s s): confidence %(score)s.",
            file=capture.name,
            sources=renderer.sources(ext.sources) or "-",
            pages=ext.pages,
            seconds=formatLang(self.env, capture.duration, digits=1),
            score=renderer.percent(ext.confidence),
        )
        if not reasons:
            capture.write({"outcome": "posted", "review_messages": False})
            because = self._capture_grounds(decision.grounds, facts, renderer)
            self.message_post(
                body=Markup("%s<br/>%s %s")
                % (summary, self.env._("Posted automatically:"), "; ".join(because) + ".")
            )
            return
        capture.write({"outcome": "review", "review_messages": reasons})
        items = Markup("").join(Markup("<li>%s</li>") % renderer.render(r) for r in reasons)
        self.message_post(
            body=Markup("%s<br/>%s<ul>%s</ul>") % (summary, self.env._("To review:"), items)
        )
        self._capture_schedule_review(capture, reasons)

    def _capture_grounds(self, grounds, facts, renderer):
        """Why the bill was posted, in words: the rule's grounds with what filling found
        (vendor, credit note) before "no duplicate"."""
        company_currency = self.company_id.currency_id
        texts = []
        for ground in grounds:
            params = ground.params
            if ground.code == "confidence_reached":
                texts.append(
                    self.env._(
                        "confidence %(score)s ≥ %(threshold)s",
                        score=renderer.percent(params["score_percent"]),
                        threshold=renderer.percent(params["threshold_percent"]),
                    )
                )
            elif ground.code == "checks_passed":
                texts.append(self.env._("%(n)s cross-checks passed", n=params["count"]))
            elif ground.code == "no_duplicate":
                texts += [*facts, self.env._("no duplicate")]
            elif ground.code == "below_approval_limit":
                limit = float(params["limit_amount"])
                texts.append(
                    self.env._(
                        "below the approval limit %(limit)s",
                        limit=format_amount(self.env, limit, company_currency),
                    )
                )
        return texts

    def _capture_schedule_review(self, capture, reasons):
        """A review activity for the reviewer, written in the reviewer's language."""
        activity_type = self.env.ref("account_invoice_capture.mail_activity_capture_review")
        self.activity_ids.filtered(lambda a: a.activity_type_id == activity_type).unlink()
        user = self._capture_reviewer(capture)
        move = self.with_context(lang=user.lang or self.env.lang)
        renderer = MessageRenderer(move.env, self.currency_id)
        note_html = Markup("<ul>%s</ul>") % Markup("").join(
            Markup("<li>%s</li>") % renderer.render(r) for r in reasons
        )
        move.activity_schedule(
            "account_invoice_capture.mail_activity_capture_review",
            user_id=user.id,
            note=note_html,
            summary=move.env._("Check the captured bill"),
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
        code = self._capture_country(ext, None)
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


def _same_name(a, b):
    """The same company name once case, accents, spaces and punctuation are ignored, or one
    containing the other (with or without its legal form or town)."""
    short, long = sorted((name_key(a), name_key(b)), key=len)
    return bool(short) and (short == long or (len(short) >= MIN_NAME_OVERLAP and short in long))
