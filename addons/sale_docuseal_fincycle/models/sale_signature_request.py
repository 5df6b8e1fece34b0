# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""One DocuSeal signature request of a quotation: sent, moved by webhooks (or the polling
fallback) in whatever order they come, and on completion the signed PDF and the audit log
kept with their SHA-256, the order confirmed and the deposit invoiced."""

import logging
from datetime import datetime, time, timedelta, timezone

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.http import FincycleHttpError, origin
from fincycle.signing import docuseal as ds

from .docuseal_template import DOCUMENT_KINDS, LEVELS

_logger = logging.getLogger(__name__)

STATES = [
    ("draft", "Draft"),
    ("sent", "Sent"),
    ("viewed", "Viewed"),
    ("started", "Started"),
    ("completed", "Signed"),
    ("declined", "Declined"),
    ("expired", "Expired"),
    ("archived", "Cancelled"),
]
OPEN_STATES = ("sent", "viewed", "started")
# A request expires within a year: a date far off (9999-12-31) would never expire and breaks
# the dates shown in the user's or the customer's time zone.
MAX_EXPIRY_DAYS = 366
FINAL_STATES = ("completed", "declined", "expired", "archived")
# Progress of an open request: an older event arriving late never moves it back.
RANK = {"draft": 0, "sent": 1, "viewed": 2, "started": 3}
EVENT_STATE = {
    ds.STATUS_OPENED: "viewed",
    ds.STATUS_STARTED: "started",
    ds.STATUS_COMPLETED: "completed",
    ds.STATUS_DECLINED: "declined",
    ds.STATUS_EXPIRED: "expired",
    ds.STATUS_ARCHIVED: "archived",
}


def _naive(value):
    """A naive UTC datetime (Odoo's) from an aware one."""
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value else False


class SaleSignatureRequest(models.Model):
    _name = "sale.signature.request"
    _description = "Quotation Signature Request"
    _inherit = ["mail.thread"]
    _order = "id desc"
    _check_company_auto = True

    name = fields.Char(required=True, readonly=True, default="/")
    order_id = fields.Many2one("sale.order", ondelete="cascade", index=True, readonly=True)
    document_partner_id = fields.Many2one(
        "res.partner",
        "Partner",
        ondelete="cascade",
        index=True,
        readonly=True,
        help="The partner whose document (general terms, contract) is signed.",
    )
    document_kind = fields.Selection(
        DOCUMENT_KINDS,
        required=True,
        default="quote",
        readonly=True,
        help="Quotation: the order itself, confirmed and invoiced once signed. General terms "
        "and contracts: a document attached to the order or the partner, only kept signed.",
    )
    source_attachment_ids = fields.Many2many(
        "ir.attachment",
        "sale_signature_request_source_attachment_rel",
        "request_id",
        "attachment_id",
        "Documents Sent",
        readonly=True,
        copy=False,
    )
    company_id = fields.Many2one(
        "res.company",
        compute="_compute_company_id",
        compute_sudo=True,
        store=True,
        index=True,
        readonly=True,
    )
    partner_id = fields.Many2one("res.partner", "Signatory", required=True, readonly=True)
    representative_id = fields.Many2one(
        "res.users", "Company Representative", readonly=True, help="Signs for the company."
    )
    user_id = fields.Many2one(
        "res.users",
        "Salesperson",
        compute="_compute_user_id",
        store=True,
        readonly=True,
        help="The order's salesperson; for a partner's document, who sent it.",
    )
    integration_id = fields.Many2one(
        "fincycle.integration",
        "DocuSeal Connection",
        required=True,
        readonly=True,
        check_company=True,
        groups="fincycle_base.group_fincycle_user",
    )
    template_map_id = fields.Many2one(
        "sale.docuseal.template", "Template", readonly=True, check_company=True
    )
    mode = fields.Selection(
        [("template", "Template"), ("document", "Document (quotation PDF)")],
        required=True,
        default="template",
        readonly=True,
    )
    signing_order = fields.Selection(
        [(ds.ORDER_PRESERVED, "One after the other"), (ds.ORDER_RANDOM, "In parallel")],
        default=ds.ORDER_PRESERVED,
        readonly=True,
    )
    level_required = fields.Selection(LEVELS, required=True, default=ds.LEVEL_SIMPLE, readonly=True)
    level_obtained = fields.Selection(LEVELS, readonly=True, copy=False)
    state = fields.Selection(STATES, default="draft", required=True, readonly=True, tracking=True)
    expire_at = fields.Datetime("Expires", readonly=True)
    submission_id = fields.Integer("DocuSeal Submission", readonly=True, copy=False, index=True)
    customer_submitter_id = fields.Integer(readonly=True, copy=False)
    company_submitter_id = fields.Integer(readonly=True, copy=False)
    embed_src = fields.Char(
        "Signing Form", readonly=True, copy=False, help="The customer's signing form link."
    )
    sent_at = fields.Datetime(readonly=True, copy=False)
    viewed_at = fields.Datetime(readonly=True, copy=False)
    completed_at = fields.Datetime("Signed At", readonly=True, copy=False)
    declined_at = fields.Datetime(readonly=True, copy=False)
    decline_reason = fields.Text(readonly=True, copy=False)
    signatory_name = fields.Char(readonly=True, copy=False)
    signatory_email = fields.Char(readonly=True, copy=False)
    signatory_ip = fields.Char("Signatory IP", readonly=True, copy=False)
    signatory_user_agent = fields.Char(readonly=True, copy=False)
    signed_attachment_id = fields.Many2one(
        "ir.attachment", readonly=True, copy=False, index="btree_not_null"
    )
    signed_sha256 = fields.Char("Signed PDF SHA-256", readonly=True, copy=False)
    audit_attachment_id = fields.Many2one(
        "ir.attachment", readonly=True, copy=False, index="btree_not_null"
    )
    audit_sha256 = fields.Char("Audit Log SHA-256", readonly=True, copy=False)
    deposit_invoice_id = fields.Many2one("account.move", readonly=True, copy=False)
    reminded_at = fields.Datetime("Reminder Sent", readonly=True, copy=False)
    order_fingerprint = fields.Char(
        readonly=True,
        copy=False,
        help="SHA-256 of what the customer was asked to sign (lines, prices, taxes, total).",
    )

    _linked_to_a_record = models.Constraint(
        "CHECK(order_id IS NOT NULL OR document_partner_id IS NOT NULL)",
        "A signature request belongs to an order or a partner.",
    )
    _submission_uniq = models.UniqueIndex(
        "(submission_id) WHERE submission_id IS NOT NULL AND submission_id != 0",
        "This DocuSeal submission already belongs to a signature request.",
    )

    @api.depends("order_id.company_id", "integration_id.company_id")
    def _compute_company_id(self):
        for request in self:
            request.company_id = request.order_id.company_id or request.integration_id.company_id

    @api.depends("order_id.user_id")
    def _compute_user_id(self):
        for request in self:
            if request.order_id:
                request.user_id = request.order_id.user_id
            elif not request.user_id:
                request.user_id = request.create_uid or self.env.user

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") != "/":
                continue
            if vals.get("order_id"):
                order = self.env["sale.order"].browse(vals["order_id"])
                count = self.sudo().search_count([("order_id", "=", order.id)])
                vals["name"] = f"{order.name}/{count + 1}"
            elif vals.get("document_partner_id"):
                partner = self.env["res.partner"].browse(vals["document_partner_id"])
                count = self.sudo().search_count([("document_partner_id", "=", partner.id)])
                vals["name"] = f"{partner.commercial_partner_id.name}/{count + 1}"
        return super().create(vals_list)

    # -- helpers -----------------------------------------------------------------------------
    def _integration(self):
        return self.sudo().integration_id.with_company(self.company_id)

    def _client(self):
        return self._integration()._docuseal_client()

    @api.model
    def _external_id(self, order, role_key):
        """The submitter's external id: this database, the order and the role. Stable, so a
        send whose answer was lost finds its submission again instead of sending twice."""
        uuid = self.env["ir.config_parameter"].sudo().get_param("database.uuid", "")[:8]
        return f"odoo-{uuid}-sale.order-{order.id}-{role_key}"

    def _docuseal_record(self):
        """The record the signed document belongs to: the order, else the partner."""
        self.ensure_one()
        return self.order_id or self.document_partner_id

    def _docuseal_title(self):
        """What is signed, as the customer and the chatter name it."""
        self.ensure_one()
        if self.document_kind == "quote" or not self.source_attachment_ids:
            return self.order_id.name or self.document_partner_id.display_name
        return ", ".join(self.source_attachment_ids.sorted("id").mapped("name"))

    def _docuseal_key(self, role_key):
        """The submitter's external id: the order (quotation) or the first document sent."""
        self.ensure_one()
        if self.document_kind == "quote" or not self.source_attachment_ids:
            return self._external_id(self.order_id, role_key)
        uuid = self.env["ir.config_parameter"].sudo().get_param("database.uuid", "")[:8]
        first = self.source_attachment_ids.sorted("id")[:1]
        return f"odoo-{uuid}-ir.attachment-{first.id}-{role_key}"

    @api.model
    def _docuseal_check_expiry_bound(self, expire_date):
        """An expiry date at most ``MAX_EXPIRY_DAYS`` from today, also by RPC."""
        if expire_date and expire_date > fields.Date.context_today(self) + timedelta(
            days=MAX_EXPIRY_DAYS
        ):
            raise UserError(self.env._("The expiry date must be within a year from today."))

    def _raise(self, exc):
        raise UserError(self.env["fincycle.integration"]._docuseal_error_text(exc)) from None

    def _post(self, body):
        """A note on the request and on its quotation."""
        message = Markup("<p>%s</p>") % body
        self.message_post(body=message)
        self._docuseal_record().sudo().message_post(body=message)

    # -- sending -----------------------------------------------------------------------------
    def _docuseal_send(self, subject, message):
        """Create the submission (or adopt the one a lost answer created)."""
        self.ensure_one()
        if self.state != "draft":
            raise UserError(self.env._("This signature request was already sent."))
        order = self.order_id
        client = self._client()
        customer_key = self._docuseal_key("customer")
        adopted = self._docuseal_find_existing(client, customer_key)
        if adopted:
            created = adopted
        else:
            created = self._docuseal_create(client, customer_key, subject, message)
        self._docuseal_store_created(created)
        self._post(
            self.env._(
                "Sent for signature through DocuSeal (%(mode)s, %(level)s level) to %(partner)s.",
                mode=dict(self._fields["mode"]._description_selection(self.env))[self.mode],
                level=dict(self._fields["level_required"]._description_selection(self.env))[
                    self.level_required
                ],
                partner=self.partner_id.display_name,
            )
            if self.document_kind == "quote"
            else self.env._(
                "%(document)s sent for signature through DocuSeal (%(mode)s, %(level)s level) "
                "to %(partner)s.",
                document=self._docuseal_title(),
                mode=dict(self._fields["mode"]._description_selection(self.env))[self.mode],
                level=dict(self._fields["level_required"]._description_selection(self.env))[
                    self.level_required
                ],
                partner=self.partner_id.display_name,
            )
        )
        self._docuseal_follow()
        if self.document_kind == "quote" and order.state == "draft":
            order.with_context(tracking_disable=False).write({"state": "sent"})
        return True

    def _docuseal_follow(self):
        """The customer's signatory follows the order (she sees it in her portal)."""
        order = self.order_id.sudo()
        if order and self.partner_id not in order.message_partner_ids:
            order.message_subscribe(partner_ids=self.partner_id.ids)

    def _docuseal_find_existing(self, client, customer_key):
        """A pending submission DocuSeal already holds for this order that no request here
        knows: the answer to an earlier send was lost (timeout, 5xx) after it was created."""
        try:
            page = client.list_submitters(external_id=customer_key, limit=ds.MAX_LIMIT)
        except FincycleHttpError as exc:
            self._raise(exc)
        ids = [sub.submission_id for sub in page.items if sub.submission_id]
        known = set(self.sudo().search([("submission_id", "in", ids)]).mapped("submission_id"))
        for sub in page.items:
            if not sub.submission_id or sub.submission_id in known:
                continue
            try:
                submission = client.get_submission(sub.submission_id)
            except FincycleHttpError as exc:
                self._raise(exc)
            if submission.archived_at or submission.status not in (None, "pending"):
                continue
            wanted = self.template_map_id.template_ref if self.mode == "template" else None
            if (submission.template_id or None) != wanted:
                continue  # made for another template or mode: not this send
            return ds.Created(
                submission_id=submission.id,
                submitters=submission.submitters,
                expire_at=submission.expire_at,
            )
        return None

    def _docuseal_specs(self, customer_key, customer_role, company_role):
        record = self._docuseal_record()
        partner = self.partner_id
        if not partner.email:
            raise UserError(
                self.env._("%(partner)s has no e-mail address.", partner=partner.display_name)
            )
        metadata = {
            "odoo_model": record._name,
            "odoo_id": record.id,
            "odoo_name": record.display_name,
        }
        if self.document_kind != "quote":
            metadata["odoo_attachment_ids"] = self.source_attachment_ids.sorted("id").ids
        specs = [
            ds.SubmitterSpec(
                role=customer_role,
                email=partner.email,
                name=partner.name,
                external_id=customer_key,
                metadata=metadata,
            )
        ]
        if company_role and self.representative_id:
            rep = self.representative_id
            if not rep.email:
                raise UserError(
                    self.env._("%(user)s has no e-mail address.", user=rep.display_name)
                )
            specs.append(
                ds.SubmitterSpec(
                    role=company_role,
                    email=rep.email,
                    name=rep.name,
                    external_id=self._docuseal_key("company"),
                    metadata=metadata,
                )
            )
        return specs

    def _docuseal_create(self, client, customer_key, subject, message):
        title = self._docuseal_title()
        expire = self.expire_at
        try:
            if self.mode == "template":
                template = self.template_map_id
                template._docuseal_check_before_send(client)
                specs = self._docuseal_specs(
                    customer_key, template.customer_role, template.company_role
                )
                return client.create_submission(
                    template.template_ref,
                    specs,
                    order=self.signing_order,
                    subject=subject,
                    message=message,
                    expire_at=expire,
                    name=title,
                )
            if not self._integration().docuseal_pdf_mode:
                raise UserError(
                    self.env._(
                        "This DocuSeal edition cannot sign a PDF rendered by Odoo (document "
                        "mode): use a template, or test the connection again if the "
                        "installation was upgraded."
                    )
                )
            specs = self._docuseal_specs(customer_key, "Customer", "Company")
            return client.create_submission_from_pdf(
                self._docuseal_pdfs(),
                specs,
                name=title,
                order=self.signing_order,
                subject=subject,
                message=message,
                expire_at=expire,
            )
        except ds.DocusealEditionError:
            self._integration().sudo().docuseal_pdf_mode = False
            raise UserError(
                self.env._(
                    "This DocuSeal edition cannot sign a PDF rendered by Odoo (document "
                    "mode): use a template."
                )
            ) from None
        except FincycleHttpError as exc:
            self._raise(exc)

    def _docuseal_pdfs(self):
        """(file name, PDF) of what is signed: the quotation as Odoo prints it, or the
        documents chosen (checked again: a PDF by its content, not empty, not too large)."""
        if self.document_kind == "quote":
            return [(f"{self.order_id.name}.pdf", self._docuseal_quote_pdf())]
        files = []
        for attachment in self.source_attachment_ids.sudo().sorted("id"):
            data = attachment.raw
            if ds.pdf_problem(data, max_bytes=ds.PDF_MAX_BYTES):
                raise UserError(
                    self.env._("%(name)s is not a PDF that can be signed.", name=attachment.name)
                )
            name = (
                attachment.name
                if attachment.name.lower().endswith(".pdf")
                else (f"{attachment.name}.pdf")
            )
            files.append((name, data))
        return files

    def _docuseal_quote_pdf(self):
        """The quotation as Odoo prints it, with DocuSeal's text tags where the signatures go."""
        report = self.env.ref("sale.action_report_saleorder")
        pdf, _type = (
            self.env["ir.actions.report"]
            .with_context(docuseal_text_tags=True, lang=self.partner_id.lang)
            ._render_qweb_pdf(report, self.order_id.ids)
        )
        return pdf

    def _docuseal_store_created(self, created):
        customer_key = self._docuseal_key("customer")
        customer = next(
            (s for s in created.submitters if s.external_id == customer_key),
            created.submitters[0] if created.submitters else None,
        )
        company = next((s for s in created.submitters if s is not customer), None)
        embed = customer.embed_src if customer else False
        if embed and not self._docuseal_embed_ok(embed):
            _logger.warning("DocuSeal signing link of request %s not on its host", self.id)
            embed = False
        self.write(
            {
                "order_fingerprint": self.order_id._docuseal_fingerprint()
                if self.document_kind == "quote"
                else False,
                "submission_id": created.submission_id,
                "customer_submitter_id": customer.id if customer else 0,
                "company_submitter_id": company.id if company else 0,
                "embed_src": embed,
                "state": "sent",
                "sent_at": fields.Datetime.now(),
            }
        )

    def _docuseal_embed_ok(self, url):
        """The signing form is shown in the portal only from the installation's hosts."""
        integration = self._integration()
        base = integration._docuseal_base()
        allowed = set(ds.file_origins(base, integration._docuseal_extra_origins()))
        return origin(url) in allowed

    # -- user actions ------------------------------------------------------------------------
    def _docuseal_check_user_may_act(self):
        """Requests change only through DocuSeal or these actions (no one writes their
        state): whoever may edit the quotation may resend or cancel its request."""
        self.check_access("read")
        for request in self:
            record = request._docuseal_record()
            record.check_access("write" if record._name == "sale.order" else "read")
        return self.sudo()

    def action_resend(self):
        for request in self._docuseal_check_user_may_act():
            if request.state not in OPEN_STATES or not request.customer_submitter_id:
                raise UserError(self.env._("Only a request waiting for signature is resent."))
            try:
                request._client().resend(request.customer_submitter_id)
            except FincycleHttpError as exc:
                request._raise(exc)
            request._post(self.env._("Signature invitation sent again."))
        return True

    def action_cancel(self):
        """Archive the submission in DocuSeal: its link stops working."""
        for request in self._docuseal_check_user_may_act():
            if request.state not in OPEN_STATES:
                raise UserError(self.env._("Only a request waiting for signature is cancelled."))
            try:
                request._client().archive_submission(request.submission_id)
            except FincycleHttpError as exc:
                if getattr(exc, "code", None) != ds.NOT_FOUND:
                    request._raise(exc)
            request.state = "archived"
            request._post(self.env._("Signature request cancelled (archived in DocuSeal)."))
        return True

    def action_extend_expiry(self):
        """The wizard that moves the expiry date of a request still waiting."""
        self.ensure_one()
        self._docuseal_check_user_may_act()
        if self.state not in OPEN_STATES:
            raise UserError(self.env._("Only a request waiting for signature is extended."))
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Extend the Expiry"),
            "res_model": "sale.signature.extend",
            "view_mode": "form",
            "target": "new",
            "context": {"default_request_id": self.id},
        }

    def _docuseal_extend(self, expire_date):
        """Move the submission's expiry in DocuSeal (``PUT /submissions/{id}`` with
        ``expire_at``) to the end of ``expire_date``; the reminder may be sent again."""
        self.ensure_one()
        request = self._docuseal_check_user_may_act()
        if request.state not in OPEN_STATES or not request.submission_id:
            raise UserError(self.env._("Only a request waiting for signature is extended."))
        today = fields.Date.context_today(self)
        current = request.expire_at and fields.Date.context_today(self, request.expire_at)
        if not expire_date or expire_date <= today or (current and expire_date <= current):
            raise UserError(
                self.env._("The new expiry date must be in the future and after the current one.")
            )
        self._docuseal_check_expiry_bound(expire_date)
        expire = datetime.combine(expire_date, time(23, 59))
        try:
            submission = request._client().update_submission(
                request.submission_id, expire_at=expire
            )
        except FincycleHttpError as exc:
            if getattr(exc, "code", None) == ds.NOT_FOUND:
                # PUT /submissions/{id} is in DocuSeal's routes, not in its published API
                # (docuseal.md §2): an installation without it answers 404 too.
                raise UserError(
                    self.env._(
                        "DocuSeal did not move the expiry: it does not know this request, or "
                        "this installation cannot change a request's expiry. Cancel the "
                        "request and send a new one."
                    )
                ) from None
            request._raise(exc)
        request.write({"expire_at": _naive(submission.expire_at) or expire, "reminded_at": False})
        request._post(
            self.env._(
                "The signature request now expires on %(date)s.",
                date=fields.Date.to_string(expire_date),
            )
        )
        return True

    @api.model
    def _cron_docuseal_remind(self):
        """Send the invitation again, once, to customers whose request expires within the
        connection's reminder days and who have not signed."""
        now = fields.Datetime.now()
        candidates = self.sudo().search(
            [
                ("state", "in", OPEN_STATES),
                ("reminded_at", "=", False),
                ("expire_at", ">", now),
                ("customer_submitter_id", "!=", 0),
            ]
        )
        for request in candidates:
            integration = request._integration()
            days = integration.docuseal_remind_days
            if not days or request.expire_at > now + timedelta(days=days):
                continue
            try:
                request._client().resend(request.customer_submitter_id)
            except FincycleHttpError as exc:
                _logger.warning("DocuSeal reminder of request %s failed: %s", request.id, exc)
                continue
            request.reminded_at = now
            request._post(
                self.env._(
                    "Reminder sent: the signature request expires on %(date)s.",
                    date=fields.Date.to_string(request.expire_at.date()),
                )
            )
            if self.env.context.get("cron_id"):
                self.env["ir.cron"]._commit_progress(1)

    # -- events ------------------------------------------------------------------------------
    def _docuseal_apply(self, event):
        """Apply one DocuSeal event; safe in any order and any number of times."""
        self.ensure_one()
        target = EVENT_STATE.get(event.status)
        if self.state == "completed" or (self.state in FINAL_STATES and target != "completed"):
            return self.env._(
                "Request %(name)s is %(state)s: nothing to do.", name=self.name, state=self.state
            )
        signatory = event.signatory
        if event.event_type.startswith("form.") and signatory:
            self._docuseal_note_signatory(signatory)
        if target == "completed":
            done = event.submission_status == ds.STATUS_COMPLETED or (
                event.event_type == ds.SUBMISSION_COMPLETED
            )
            if not done:
                if signatory:
                    self._post(
                        self.env._(
                            "%(who)s signed; waiting for the other signatories.",
                            who=signatory.name or signatory.email or "-",
                        )
                    )
                if RANK.get(self.state, 0) < RANK["started"]:
                    self.state = "started"
                return self.env._("Signed by one signatory of %(name)s.", name=self.name)
            return self._docuseal_complete(event)
        if target == "declined":
            return self._docuseal_declined(signatory)
        if target == "expired":
            return self._docuseal_expired()
        if target == "archived":
            self.state = "archived"
            self._post(self.env._("The signature request was cancelled in DocuSeal."))
            return self.env._("Request %(name)s cancelled.", name=self.name)
        if target in RANK and RANK[target] > RANK.get(self.state, 0):
            vals = {"state": target}
            if target == "viewed" and not self.viewed_at:
                vals["viewed_at"] = fields.Datetime.now()
            self.write(vals)
            labels = {
                "viewed": self.env._("The signatory opened the document in DocuSeal."),
                "started": self.env._("The signatory started filling in the document."),
            }
            self.message_post(body=labels[target])
        return self.env._("Request %(name)s is %(state)s.", name=self.name, state=self.state)

    def _docuseal_note_signatory(self, signatory):
        """Keep who acted for the customer, from the audit data of form.* events."""
        is_customer = (
            signatory.submitter_id == self.customer_submitter_id
            or signatory.external_id == self._docuseal_key("customer")
        )
        if not is_customer:
            return
        vals = {}
        for field_name, value in (
            ("signatory_name", signatory.name),
            ("signatory_email", signatory.email),
            ("signatory_ip", signatory.ip),
            ("signatory_user_agent", (signatory.user_agent or "")[:255] or None),
        ):
            if value and not self[field_name]:
                vals[field_name] = value
        if signatory.completed_at and not self.completed_at:
            vals["completed_at"] = _naive(signatory.completed_at)
        if vals:
            self.write(vals)

    def _docuseal_declined(self, signatory):
        reason = (signatory and signatory.decline_reason) or self.env._("No reason given.")
        self.write(
            {
                "state": "declined",
                "declined_at": _naive(signatory and signatory.declined_at) or fields.Datetime.now(),
                "decline_reason": reason,
            }
        )
        who = (signatory and (signatory.name or signatory.email)) or "-"
        self._post(self.env._("%(who)s declined to sign: %(reason)s", who=who, reason=reason))
        self._docuseal_activity(
            self.env._("Quotation declined in DocuSeal")
            if self.document_kind == "quote"
            else self.env._("Document declined in DocuSeal"),
            self.env._(
                "%(who)s declined to sign %(order)s: %(reason)s",
                who=who,
                order=self._docuseal_title(),
                reason=reason,
            ),
        )
        return self.env._("Request %(name)s declined.", name=self.name)

    def _docuseal_expired(self):
        self.state = "expired"
        reason = self.env._("The signature request expired before the customer signed.")
        self._post(reason)
        self._docuseal_activity(
            self.env._("Signature request expired"),
            self.env._("%(order)s: %(reason)s", order=self._docuseal_title(), reason=reason),
        )
        return self.env._("Request %(name)s expired.", name=self.name)

    def _docuseal_activity(self, summary, note):
        record = self._docuseal_record()
        user = self.user_id or self.create_uid
        record.sudo().activity_schedule(
            "sale_docuseal_fincycle.mail_activity_docuseal",
            summary=summary,
            note=note,
            user_id=user.id,
        )

    # -- completion --------------------------------------------------------------------------
    def _docuseal_complete(self, event):
        """Keep the signed document and the audit log (fresh links: the event's may be dead),
        record the signatory and the level, confirm the order and invoice the deposit."""
        client = self._client()
        submission = self._docuseal_completed_submission(client)
        try:
            files = self._docuseal_download(client, submission)
        except ds.DocusealFileError as exc:
            if exc.code != ds.FILE_LINK_EXPIRED:
                raise
            submission = self._docuseal_completed_submission(client)  # fresh links, once
            files = self._docuseal_download(client, submission)
        (signed_name, signed), (audit_name, audit) = files
        attachments = self.env["ir.attachment"].sudo()
        signed_att = attachments.create(self._attachment_vals(signed_name, signed))
        audit_att = (
            attachments.create(self._attachment_vals(audit_name, audit)) if audit else attachments
        )
        customer = next(
            (s for s in submission.submitters if s.id == self.customer_submitter_id),
            submission.submitters[0] if submission.submitters else None,
        )
        ip, ua = self._docuseal_audit_ip(submission, customer)
        vals = {
            "state": "completed",
            "signed_attachment_id": signed_att.id,
            "signed_sha256": signed.sha256,
            "audit_attachment_id": audit_att.id or False,
            "audit_sha256": audit.sha256 if audit else False,
            "level_obtained": self._docuseal_level_obtained(client, submission),
            "completed_at": self.completed_at
            or _naive(customer and customer.completed_at)
            or _naive(submission.completed_at)
            or fields.Datetime.now(),
        }
        if customer:
            vals["signatory_name"] = self.signatory_name or customer.name
            vals["signatory_email"] = self.signatory_email or customer.email
        vals["signatory_ip"] = self.signatory_ip or ip
        vals["signatory_user_agent"] = self.signatory_user_agent or ua
        self.write(vals)
        levels = dict(self._fields["level_required"]._description_selection(self.env))
        body = Markup("<p>%s</p><ul><li>%s</li><li>%s</li><li>%s</li></ul>") % (
            self.env._("Signed in DocuSeal."),
            self.env._(
                "Signatory: %(name)s <%(email)s>, %(when)s UTC, IP %(ip)s",
                name=self.signatory_name or "-",
                email=self.signatory_email or "-",
                when=self.completed_at,
                ip=self.signatory_ip or "-",
            ),
            self.env._(
                "Level required: %(required)s; obtained: %(obtained)s",
                required=levels[self.level_required],
                obtained=levels.get(self.level_obtained, "-"),
            ),
            self.env._(
                "Signed document %(name)s SHA-256 %(sha)s; audit log SHA-256 %(audit)s",
                name=signed_att.name,
                sha=signed.sha256,
                audit=audit.sha256 if audit else "-",
            ),
        )
        att_ids = (signed_att | audit_att).ids
        self.message_post(body=body)
        self._docuseal_record().sudo().message_post(body=body, attachment_ids=att_ids)
        if self.document_kind == "quote":
            self._docuseal_after_signature()
        return self.env._("Request %(name)s signed.", name=self.name)

    def _attachment_vals(self, name, downloaded):
        return {
            "name": name,
            "raw": downloaded.content,
            "mimetype": "application/pdf",
            "res_model": self._docuseal_record()._name,
            "res_id": self._docuseal_record().id,
            "company_id": self.company_id.id,
        }

    def _docuseal_completed_submission(self, client):
        submission = client.get_submission(self.submission_id)
        if submission.status != "completed":
            raise UserError(
                self.env._(
                    "DocuSeal does not report submission %(id)s as completed yet.",
                    id=self.submission_id,
                )
            )
        if not submission.documents:
            raise UserError(
                self.env._("DocuSeal reports no signed document for %(id)s.", id=submission.id)
            )
        return submission

    def _docuseal_download(self, client, submission):
        doc = submission.documents[0]
        signed = client.download(doc.url)
        audit = client.download(submission.audit_log_url) if submission.audit_log_url else None
        base = self._docuseal_base_name()
        return (
            (f"{base} - signed.pdf", signed),
            (f"{base} - audit log.pdf", audit),
        )

    def _docuseal_base_name(self):
        """The signed files' name: the order's, or the first document's without .pdf."""
        if self.document_kind == "quote" or not self.source_attachment_ids:
            return (self.order_id.name or self.document_partner_id.name or "").replace("/", "-")
        name = self.source_attachment_ids.sorted("id")[:1].name or ""
        if name.lower().endswith(".pdf"):
            name = name[:-4]
        return name.replace("/", "-")

    @staticmethod
    def _docuseal_audit_ip(submission, customer):
        """IP and user agent of the customer's completion, from the submission's event log
        (the submission object itself has none; the form.completed webhook has them)."""
        for item in reversed(submission.events):
            if item.event_type == "complete_form" and (
                not customer or item.submitter_id == customer.id
            ):
                return item.data.get("ip") or False, (item.data.get("ua") or "")[:255] or False
        return False, False

    def _docuseal_level_obtained(self, client, submission):
        """The level of the template the submission was made from (document mode: simple)."""
        if self.mode != "template" or not submission.template_id:
            return ds.LEVEL_SIMPLE
        try:
            return client.get_template(submission.template_id).signature_level
        except FincycleHttpError:
            return self.template_map_id.detected_level or self.level_required

    def _docuseal_after_signature(self):
        """Confirm the order and invoice the deposit; a failure here is reported to the
        salesperson, not raised (the signature is kept)."""
        order = self.order_id.sudo()
        integration = self._integration()
        if self.order_fingerprint and self.order_fingerprint != order._docuseal_fingerprint():
            self._docuseal_activity(
                self.env._("Signed quotation changed"),
                self.env._(
                    "%(order)s was changed after it was sent for signature: the customer "
                    "signed the version sent. Check the order before confirming it and "
                    "invoicing the deposit.",
                    order=order.name,
                ),
            )
            self._post(
                self.env._(
                    "The quotation changed after it was sent for signature: not confirmed "
                    "automatically."
                )
            )
            return
        if integration.docuseal_confirm_order and order.state in ("draft", "sent"):
            try:
                with self.env.cr.savepoint():
                    order.with_context(mail_notify_force_send=False).action_confirm()
            except UserError as exc:
                self._docuseal_activity(
                    self.env._("Confirm the signed quotation"),
                    self.env._("The order could not be confirmed: %(error)s", error=str(exc)),
                )
                return
        percent = self.template_map_id.deposit_percent or integration.docuseal_deposit_percent
        if order.state != "sale" or not percent or self.deposit_invoice_id:
            return
        try:
            with self.env.cr.savepoint():
                invoice = self._docuseal_deposit_invoice(order, percent)
        except UserError as exc:
            self._docuseal_activity(
                self.env._("Invoice the deposit"),
                self.env._(
                    "The deposit invoice of %(order)s could not be created: %(error)s",
                    order=order.name,
                    error=str(exc),
                ),
            )
            return
        self.deposit_invoice_id = invoice
        self._docuseal_post_invoice(invoice)

    def _docuseal_deposit_invoice(self, order, percent):
        wizard = (
            self.env["sale.advance.payment.inv"]
            .sudo()
            .with_company(order.company_id)
            .with_context(active_model="sale.order", active_ids=order.ids)
            .create(
                {
                    "advance_payment_method": "percentage",
                    "amount": percent,
                    "sale_order_ids": [(6, 0, order.ids)],
                }
            )
        )
        return wizard._create_invoices(order)

    def _docuseal_post_invoice(self, invoice):
        """Post the deposit invoice, unless approval rules hold it (it then waits)."""
        invoice = invoice.sudo()
        if "need_validation" in invoice._fields:
            invoice.invalidate_recordset(["need_validation"])
            if invoice.need_validation:
                try:
                    with self.env.cr.savepoint():
                        invoice.request_validation()
                except UserError as exc:
                    self._docuseal_activity(
                        self.env._("Have the deposit invoice approved"),
                        self.env._(
                            "%(invoice)s needs an approval that could not be requested: %(error)s",
                            invoice=invoice.display_name,
                            error=str(exc),
                        ),
                    )
                self._post(
                    self.env._(
                        "Deposit invoice %(invoice)s waits for approval before it is posted.",
                        invoice=invoice.display_name,
                    )
                )
                return
        try:
            with self.env.cr.savepoint():
                invoice.action_post()
        except UserError as exc:
            self._docuseal_activity(
                self.env._("Post the deposit invoice"),
                self.env._("It could not be posted: %(error)s", error=str(exc)),
            )
            return
        self._post(self.env._("Deposit invoice %(invoice)s posted.", invoice=invoice.display_name))
