# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time, timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.signing import docuseal as ds

from ..models.docuseal_template import LEVELS


class SaleSignatureSend(models.TransientModel):
    _name = "sale.signature.send"
    _description = "Send a Quotation for Signature"

    order_id = fields.Many2one("sale.order", required=True, readonly=True)
    company_id = fields.Many2one(related="order_id.company_id")
    partner_id = fields.Many2one(
        "res.partner",
        "Customer Signatory",
        required=True,
        compute="_compute_partner_id",
        store=True,
        readonly=False,
        help="The person who signs for the customer (a contact of the customer).",
    )
    mode = fields.Selection(
        [("template", "DocuSeal template"), ("document", "This quotation's PDF")],
        required=True,
        default="template",
    )
    pdf_available = fields.Boolean(compute="_compute_connection")
    has_connection = fields.Boolean(compute="_compute_connection")
    level = fields.Selection(LEVELS, "Signature Level", required=True, default=ds.LEVEL_SIMPLE)
    template_map_id = fields.Many2one(
        "sale.docuseal.template",
        "Template",
        compute="_compute_template_map_id",
        store=True,
        readonly=False,
        domain="[('company_id', '=', company_id), ('level', '=', level), "
        "('document_kind', '=', 'quote')]",
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
        store=True,
        readonly=False,
        domain="[('share', '=', False)]",
        help="Signs for the company when the template has a company role.",
    )
    expire_date = fields.Date(
        "Expires On", compute="_compute_expire_date", store=True, readonly=False
    )
    subject = fields.Char(compute="_compute_message", store=True, readonly=False)
    message = fields.Text(compute="_compute_message", store=True, readonly=False)

    def _connection(self):
        """The company's DocuSeal connection (production first)."""
        self.ensure_one()
        return (
            self.env["fincycle.integration"]
            .sudo()
            .search(
                [
                    ("provider", "=", "docuseal"),
                    ("company_id", "=", self.order_id.company_id.id),
                    ("state", "in", ("connected", "draft")),
                ],
                order="environment asc, id",
                limit=1,
            )
        )

    @api.depends("order_id")
    def _compute_partner_id(self):
        for wizard in self:
            wizard.partner_id = wizard.order_id.partner_id

    @api.depends("order_id")
    def _compute_representative_id(self):
        for wizard in self:
            wizard.representative_id = wizard.order_id.user_id or self.env.user

    @api.depends("order_id")
    def _compute_connection(self):
        for wizard in self:
            connection = wizard._connection() if wizard.order_id else False
            wizard.has_connection = bool(connection)
            wizard.pdf_available = bool(connection and connection.docuseal_pdf_mode)

    @api.depends("level", "order_id")
    def _compute_template_map_id(self):
        for wizard in self:
            wizard.template_map_id = self.env["sale.docuseal.template"].search(
                [
                    ("company_id", "=", wizard.order_id.company_id.id),
                    ("level", "=", wizard.level),
                    ("document_kind", "=", "quote"),
                ],
                limit=1,
            )

    @api.depends("mode", "level", "template_map_id")
    def _compute_level_note(self):
        for wizard in self:
            note = False
            if wizard.mode == "document" and wizard.level != ds.LEVEL_SIMPLE:
                note = self.env._(
                    "A quotation PDF is signed at the simple level only: advanced and "
                    "qualified signatures need a DocuSeal template with identity verification."
                )
            elif wizard.mode == "template" and not wizard.template_map_id:
                note = self.env._(
                    "No DocuSeal template of this company gives this level: it is not "
                    "available. An administrator can map one (advanced and qualified levels "
                    "need DocuSeal's identity verification, a paid DocuSeal feature)."
                )
            wizard.level_note = note

    @api.depends("order_id")
    def _compute_expire_date(self):
        for wizard in self:
            connection = wizard._connection() if wizard.order_id else False
            days = (connection and connection.docuseal_expiry_days) or 30
            validity = wizard.order_id.validity_date
            default = fields.Date.context_today(self) + timedelta(days=days)
            wizard.expire_date = (
                validity if validity and validity >= fields.Date.today() else default
            )

    @api.depends("order_id", "partner_id")
    def _compute_message(self):
        for wizard in self:
            lang = wizard.partner_id.lang or wizard.order_id.partner_id.lang or self.env.lang
            env = self.with_context(lang=lang).env
            order = wizard.order_id
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
