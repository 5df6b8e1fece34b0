# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time, timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.signing import docuseal as ds

from ..models.docuseal_template import DOCUMENT_KINDS, LEVELS


class SaleSignatureSend(models.TransientModel):
    _name = "sale.signature.send"
    _description = "Send a Quotation or a Document for Signature"

    order_id = fields.Many2one("sale.order", readonly=True)
    document_partner_id = fields.Many2one(
        "res.partner", "Partner", readonly=True, help="The partner whose document is signed."
    )
    company_id = fields.Many2one("res.company", compute="_compute_company_id")
    document_kind = fields.Selection(
        DOCUMENT_KINDS,
        "Document",
        required=True,
        default="quote",
        help="Quotation: the order itself, confirmed once signed. General terms, contract: "
        "PDFs attached to the order or the partner, only kept signed.",
    )
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "sale_signature_send_attachment_rel",
        "wizard_id",
        "attachment_id",
        "Documents",
        domain="[('res_model', '=', source_model), ('res_id', '=', source_res_id), "
        "('mimetype', '=', 'application/pdf')]",
        help="PDFs attached to the order or the partner (a PDF by its content, at most 20 MB).",
    )
    source_model = fields.Char(compute="_compute_source")
    source_res_id = fields.Integer(compute="_compute_source")
    partner_id = fields.Many2one(
        "res.partner",
        "Customer Signatory",
        required=True,
        compute="_compute_partner_id",
        compute_sudo=False,
        store=True,
        readonly=False,
        help="The person who signs for the customer (a contact of the customer).",
    )
    mode = fields.Selection(
        [("template", "DocuSeal template"), ("document", "The PDF itself (no template)")],
        required=True,
        default=lambda self: self._default_mode(),
    )
    pdf_available = fields.Boolean(compute="_compute_connection")
    has_connection = fields.Boolean(compute="_compute_connection")
    level = fields.Selection(LEVELS, "Signature Level", required=True, default=ds.LEVEL_SIMPLE)
    template_map_id = fields.Many2one(
        "sale.docuseal.template",
        "Template",
        compute="_compute_template_map_id",
        compute_sudo=False,
        store=True,
        readonly=False,
        domain="[('company_id', '=', company_id), ('level', '=', level), "
        "('document_kind', '=', document_kind)]",
    )
    level_note = fields.Char(compute="_compute_level_note")
    signing_order = fields.Selection(
        [(ds.ORDER_PRESERVED, "One after the other"), (ds.ORDER_RANDOM, "In parallel")],
        required=True,
        default=ds.ORDER_PRESERVED,
        help="One after the other: the company's representative is invited once the customer "
        "signed. In parallel: both at once.",
    )
    representative_id = fields.Many2one(
        "res.users",
        "Company Representative",
        compute="_compute_representative_id",
        compute_sudo=False,
        store=True,
        readonly=False,
        domain="[('share', '=', False)]",
        help="Signs for the company when the template has a company role.",
    )
    # Computed as the user: an order or attachments she cannot read tell her nothing (the
    # form's onchange included).
    expire_date = fields.Date(
        "Expires On",
        compute="_compute_expire_date",
        compute_sudo=False,
        store=True,
        readonly=False,
    )
    subject = fields.Char(
        compute="_compute_message", compute_sudo=False, store=True, readonly=False
    )
    message = fields.Text(
        compute="_compute_message", compute_sudo=False, store=True, readonly=False
    )

    def _connection(self):
        """The company's DocuSeal connection (production first)."""
        self.ensure_one()
        return self._connection_of(self.company_id)

    @api.model
    def _connection_of(self, company):
        return (
            self.env["fincycle.integration"]
            .sudo()
            .search(
                [
                    ("provider", "=", "docuseal"),
                    ("company_id", "=", company.id),
                    ("state", "in", ("connected", "draft")),
                ],
                order="environment asc, id",
                limit=1,
            )
        )

    def _source(self):
        """The record whose quotation or documents are signed: the order, else the partner."""
        self.ensure_one()
        return self.order_id or self.document_partner_id

    @api.depends("order_id", "document_partner_id")
    def _compute_company_id(self):
        for wizard in self:
            wizard.company_id = (
                wizard.order_id.company_id
                or wizard.document_partner_id.company_id
                or self.env.company
            )

    @api.depends("order_id", "document_partner_id")
    def _compute_source(self):
        for wizard in self:
            source = wizard._source()
            wizard.source_model = source._name if source else False
            wizard.source_res_id = source.id if source else 0

    @api.depends("order_id", "document_partner_id")
    def _compute_partner_id(self):
        for wizard in self:
            wizard.partner_id = wizard.order_id.partner_id or wizard.document_partner_id

    @api.model
    def _default_mode(self):
        """A quotation: its template. A document: the PDF itself where the edition creates a
        request from a PDF, else the template of its kind."""
        context = self.env.context
        if context.get("default_document_kind", "quote") == "quote":
            return "template"
        order = self.env["sale.order"].browse(context.get("default_order_id")).exists()
        partner = self.env["res.partner"].browse(context.get("default_document_partner_id"))
        company = order.company_id or partner.exists().company_id or self.env.company
        connection = self._connection_of(company)
        return "document" if connection.docuseal_pdf_mode else "template"

    @api.depends("order_id")
    def _compute_representative_id(self):
        for wizard in self:
            wizard.representative_id = wizard.order_id.user_id or self.env.user

    @api.depends("order_id", "document_partner_id")
    def _compute_connection(self):
        for wizard in self:
            connection = wizard._connection() if wizard.company_id else False
            wizard.has_connection = bool(connection)
            wizard.pdf_available = bool(connection and connection.docuseal_pdf_mode)

    @api.depends("level", "order_id", "document_partner_id", "document_kind")
    def _compute_template_map_id(self):
        for wizard in self:
            wizard.template_map_id = self.env["sale.docuseal.template"].search(
                [
                    ("company_id", "=", wizard.company_id.id),
                    ("level", "=", wizard.level),
                    ("document_kind", "=", wizard.document_kind),
                ],
                limit=1,
            )

    @api.depends("mode", "level", "template_map_id")
    def _compute_level_note(self):
        for wizard in self:
            note = False
            if wizard.mode == "document" and wizard.level != ds.LEVEL_SIMPLE:
                note = (
                    self.env._(
                        "A quotation PDF is signed at the simple level only: advanced and "
                        "qualified signatures need a DocuSeal template with identity verification."
                    )
                    if wizard.document_kind == "quote"
                    else self.env._(
                        "A PDF sent without a template is signed at the simple level only: advanced "
                        "and qualified signatures need a DocuSeal template with identity "
                        "verification."
                    )
                )
            elif wizard.mode == "template" and not wizard.template_map_id:
                note = self.env._(
                    "No DocuSeal template of this company gives this level: it is not "
                    "available. An administrator can map one (advanced and qualified levels "
                    "need DocuSeal's identity verification, a paid DocuSeal feature)."
                )
            wizard.level_note = note

    @api.depends("order_id", "document_partner_id", "document_kind")
    def _compute_expire_date(self):
        for wizard in self:
            connection = wizard._connection() if wizard.company_id else False
            days = (connection and connection.docuseal_expiry_days) or 30
            validity = wizard.document_kind == "quote" and wizard.order_id.validity_date
            default = fields.Date.context_today(self) + timedelta(days=days)
            wizard.expire_date = (
                validity if validity and validity >= fields.Date.today() else default
            )

    @api.depends("order_id", "partner_id", "document_kind", "attachment_ids")
    def _compute_message(self):
        for wizard in self:
            lang = wizard.partner_id.lang or wizard.order_id.partner_id.lang or self.env.lang
            env = self.with_context(lang=lang).env
            order = wizard.order_id
            if wizard.document_kind != "quote" or not order:
                title = ", ".join(wizard.attachment_ids.mapped("name")) or "-"
                wizard.subject = env._(
                    "%(company)s: please sign %(order)s",
                    company=wizard.company_id.name,
                    order=title,
                )
                wizard.message = env._(
                    "Hello %(name)s,\n\nPlease review and sign %(document)s: "
                    "{{submitter.link}}\n\nKind regards,\n%(company)s",
                    name=wizard.partner_id.name or "",
                    document=title,
                    company=wizard.company_id.name,
                )
                continue
            wizard.subject = env._(
                "%(company)s: please sign %(order)s",
                company=order.company_id.name,
                order=order.name,
            )
            wizard.message = env._(
                "Hello %(name)s,\n\nPlease review and sign our quotation %(order)s: "
                "{{submitter.link}}\n\nKind regards,\n%(company)s",
                name=wizard.partner_id.name or "",
                order=order.name,
                company=order.company_id.name,
            )

    def action_send(self):
        self.ensure_one()
        if self.document_kind != "quote" or self.attachment_ids or not self.order_id:
            return self._action_send_documents()
        order = self.order_id
        order.check_access("write")
        if order.state not in ("draft", "sent"):
            raise UserError(self.env._("Only a quotation is sent for signature."))
        connection = self._connection()
        if not connection:
            raise UserError(
                self.env._(
                    "%(company)s has no DocuSeal connection: an administrator must set one up "
                    "(Settings → Connections).",
                    company=order.company_id.name,
                )
            )
        if not self.expire_date or self.expire_date <= fields.Date.context_today(self):
            raise UserError(self.env._("The expiry date must be in the future."))
        self.env["sale.signature.request"]._docuseal_check_expiry_bound(self.expire_date)
        if self.mode == "template" and not self.template_map_id:
            raise UserError(self.level_note or self.env._("Choose a template."))
        if self.mode == "template" and self.template_map_id.company_id != order.company_id:
            raise UserError(self.env._("This template belongs to another company."))
        # What the form offers only, also by RPC: a quote template of this connection and
        # level, a representative who is an employee of the company.
        template = self.template_map_id
        if self.mode == "template" and (
            template.sudo().integration_id != connection
            or template.level != self.level
            or template.document_kind != "quote"
        ):
            raise UserError(
                self.env._("Choose a quotation template of the DocuSeal connection for this level.")
            )
        rep = self.representative_id
        if rep and (rep.share or order.company_id not in rep.company_ids):
            raise UserError(
                self.env._(
                    "The company representative must be a user of %(company)s.",
                    company=order.company_id.name,
                )
            )
        if self.mode == "document" and self.level != ds.LEVEL_SIMPLE:
            raise UserError(self.level_note)
        if self.partner_id.commercial_partner_id != order.partner_id.commercial_partner_id:
            raise UserError(self.env._("The signatory must be a contact of the customer."))
        open_request = order.signature_request_ids.filtered(
            lambda r: r.state in ("sent", "viewed", "started")
        )
        if open_request:
            raise UserError(
                self.env._(
                    "%(request)s is still waiting for signature: resend or cancel it first.",
                    request=open_request[0].name,
                )
            )
        expire = datetime.combine(self.expire_date, time(23, 59))
        # Nothing is left of a request DocuSeal refused, whoever the caller is.
        with self.env.cr.savepoint():
            request = (
                self.env["sale.signature.request"]
                .sudo()
                .create(
                    {
                        "order_id": order.id,
                        "partner_id": self.partner_id.id,
                        "representative_id": self.representative_id.id,
                        "integration_id": connection.id,
                        "template_map_id": self.template_map_id.id
                        if self.mode == "template"
                        else False,
                        "mode": self.mode,
                        "signing_order": self.signing_order,
                        "level_required": self.level,
                        "expire_at": expire,
                    }
                )
            )
            request._docuseal_send(self.subject, self.message)
        return {"type": "ir.actions.act_window_close"}

    # -- documents of an order or a partner (general terms, contracts) ----------------------------
    @api.model
    def _docuseal_document_action(self, order=None, partner=None, attachments=None):
        """The send wizard for PDFs attached to ``order`` or ``partner`` (``attachments``
        preselected)."""
        context = {"default_document_kind": "terms"}
        if order:
            context["default_order_id"] = order.id
        elif partner:
            context["default_document_partner_id"] = partner.id
        if attachments:
            context["default_attachment_ids"] = [fields.Command.set(attachments.ids)]
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Send a Document for Signature"),
            "res_model": "sale.signature.send",
            "view_mode": "form",
            "target": "new",
            "context": context,
        }

    def _check_documents(self):
        """What the form offers only, also by RPC: PDFs (by their content) attached to the
        record, of its company, which the user may read, on a record she may edit."""
        record = self._source()
        if self.order_id and self.document_partner_id:
            raise UserError(self.env._("Choose the documents of one order or one partner."))
        if not record:
            raise UserError(self.env._("Choose the documents of an order or a partner."))
        if self.document_kind == "quote":
            raise UserError(self.env._("Choose the kind of document: general terms or a contract."))
        # the record the documents belong to: an order is edited by whoever sends its
        # documents (as its quotation); a partner is read
        record.check_access("read")
        if record._name == "sale.order":
            record.check_access("write")
        company = self.company_id
        if record.company_id and record.company_id != company:
            raise UserError(self.env._("This record belongs to another company."))
        if not self.attachment_ids:
            raise UserError(self.env._("Choose the PDF documents to sign."))
        texts = {
            ds.PDF_EMPTY: self.env._("%(name)s is empty."),
            ds.PDF_TOO_LARGE: self.env._(
                "%(name)s is larger than %(limit)s MB: it cannot be sent for signature."
            ),
            ds.PDF_NOT_PDF: self.env._(
                "%(name)s is not a PDF (its content says so, whatever its name)."
            ),
        }
        # all of them go in one request body (and the cache): their total is bounded too,
        # by their stored sizes, before any is read
        limit_mb = ds.PDF_MAX_BYTES // (1024 * 1024)
        if sum(self.attachment_ids.sudo().mapped("file_size")) > ds.PDF_MAX_BYTES:
            raise UserError(
                self.env._(
                    "The documents together are larger than %(limit)s MB: send them in "
                    "several requests.",
                    limit=limit_mb,
                )
            )
        for attachment in self.attachment_ids:
            stored = attachment.sudo()
            name = stored.name or str(stored.id)
            if stored.res_model != record._name or stored.res_id != record.id or stored.res_field:
                raise UserError(
                    self.env._(
                        "%(name)s is not a document attached to %(record)s.",
                        name=name,
                        record=record.display_name,
                    )
                )
            if stored.company_id and stored.company_id != company:
                raise UserError(self.env._("%(name)s belongs to another company.", name=name))
            # the attachment and the record it belongs to, as the user (record rules)
            attachment.check_access("read")
            self.env[stored.res_model].browse(stored.res_id).check_access("read")
            if stored.type != "binary":
                raise UserError(self.env._("%(name)s is a link, not a file.", name=name))
            limit = ds.PDF_MAX_BYTES
            # a huge file is refused by its stored size, before it is read
            problem = ds.pdf_problem(None, stored.file_size, limit) or ds.pdf_problem(
                stored.raw, max_bytes=limit
            )
            if problem:
                raise UserError(
                    texts[problem] % {"name": name, "limit": ds.PDF_MAX_BYTES // (1024 * 1024)}
                )
        return record

    def _action_send_documents(self):
        record = self._check_documents()
        company = self.company_id
        connection = self._connection()
        if not connection:
            raise UserError(
                self.env._(
                    "%(company)s has no DocuSeal connection: an administrator must set one up "
                    "(Settings → Connections).",
                    company=company.name,
                )
            )
        if not self.expire_date or self.expire_date <= fields.Date.context_today(self):
            raise UserError(self.env._("The expiry date must be in the future."))
        self.env["sale.signature.request"]._docuseal_check_expiry_bound(self.expire_date)
        template = self.template_map_id
        if self.mode == "template":
            if not template:
                raise UserError(self.level_note or self.env._("Choose a template."))
            if (
                template.company_id != company
                or template.sudo().integration_id != connection
                or template.level != self.level
                or template.document_kind != self.document_kind
            ):
                raise UserError(
                    self.env._(
                        "Choose a template of the DocuSeal connection for this level and this "
                        "kind of document."
                    )
                )
        elif not connection.docuseal_pdf_mode:
            raise UserError(
                self.env._(
                    "This DocuSeal edition cannot sign a PDF rendered by Odoo (document "
                    "mode): use a template."
                )
            )
        elif self.level != ds.LEVEL_SIMPLE:
            raise UserError(self.level_note)
        rep = self.representative_id
        if rep and (rep.share or company not in rep.company_ids):
            raise UserError(
                self.env._(
                    "The company representative must be a user of %(company)s.",
                    company=company.name,
                )
            )
        customer = (self.order_id.partner_id or record).commercial_partner_id
        if self.partner_id.commercial_partner_id != customer:
            raise UserError(self.env._("The signatory must be a contact of the customer."))
        open_request = (
            self.env["sale.signature.request"]
            .sudo()
            .search(
                [
                    ("source_attachment_ids", "in", self.attachment_ids.ids),
                    ("state", "in", ("sent", "viewed", "started")),
                ],
                limit=1,
            )
        )
        if open_request:
            raise UserError(
                self.env._(
                    "%(request)s is still waiting for signature: resend or cancel it first.",
                    request=open_request.name,
                )
            )
        expire = datetime.combine(self.expire_date, time(23, 59))
        with self.env.cr.savepoint():
            request = (
                self.env["sale.signature.request"]
                .sudo()
                .create(
                    {
                        "order_id": self.order_id.id or False,
                        "document_partner_id": self.document_partner_id.id or False,
                        "document_kind": self.document_kind,
                        "source_attachment_ids": [fields.Command.set(self.attachment_ids.ids)],
                        "partner_id": self.partner_id.id,
                        "representative_id": rep.id,
                        "integration_id": connection.id,
                        "template_map_id": template.id if self.mode == "template" else False,
                        "mode": self.mode,
                        "signing_order": self.signing_order,
                        "level_required": self.level,
                        "expire_at": expire,
                        # a partner's document: its sender (an order's: its salesperson)
                        **({} if self.order_id else {"user_id": self.env.uid}),
                    }
                )
            )
            request._docuseal_send(self.subject, self.message)
        return {"type": "ir.actions.act_window_close"}
