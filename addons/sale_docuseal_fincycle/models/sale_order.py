# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import hashlib
import json

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import float_repr

from .docuseal_template import LEVELS
from .sale_signature_request import OPEN_STATES, STATES


class SaleOrder(models.Model):
    _inherit = "sale.order"

    signature_request_ids = fields.One2many(
        "sale.signature.request",
        "order_id",
        "Signature Requests",
        domain=[("document_kind", "=", "quote")],
        help="The quotation's own signature requests (documents of the order are apart).",
    )
    signature_document_request_ids = fields.One2many(
        "sale.signature.request",
        "order_id",
        "Document Signature Requests",
        domain=[("document_kind", "!=", "quote")],
    )
    signature_request_count = fields.Integer(compute="_compute_signature_state")
    signature_state = fields.Selection(
        STATES,
        "Signature Status",
        compute="_compute_signature_state",
        help="The state of the latest DocuSeal signature request.",
    )

    signature_level_required = fields.Selection(LEVELS, compute="_compute_signature_state")
    signature_level_obtained = fields.Selection(LEVELS, compute="_compute_signature_state")

    @api.depends(
        "signature_document_request_ids",
        "signature_request_ids.state",
        "signature_request_ids.level_required",
        "signature_request_ids.level_obtained",
    )
    def _compute_signature_state(self):
        for order in self:
            requests = order.signature_request_ids
            latest = requests[:1]
            order.signature_request_count = len(requests) + len(
                order.signature_document_request_ids
            )
            order.signature_state = latest.state if latest else False
            order.signature_level_required = latest.level_required if latest else False
            order.signature_level_obtained = latest.level_obtained if latest else False

    def action_docuseal_send(self):
        self.ensure_one()
        if self.state not in ("draft", "sent"):
            raise UserError(self.env._("Only a quotation is sent for signature."))
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Send for Signature"),
            "res_model": "sale.signature.send",
            "view_mode": "form",
            "target": "new",
            "context": {"default_order_id": self.id},
        }

    def action_docuseal_send_document(self):
        """Send one of the order's attached PDFs (general terms, contract) for signature."""
        self.ensure_one()
        return self.env["sale.signature.send"]._docuseal_document_action(order=self)

    def action_view_signature_requests(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "sale_docuseal_fincycle.action_sale_signature_request"
        )
        action["domain"] = [("order_id", "=", self.id)]
        return action

    def _docuseal_fingerprint(self):
        """SHA-256 of what a customer signs: currency, total and each line's product,
        description, quantity, price, discount and taxes."""
        self.ensure_one()
        lines = [
            (
                line.display_type or "",
                line.product_id.id,
                line.name or "",
                float_repr(line.product_uom_qty, 6),
                float_repr(line.price_unit, 6),
                float_repr(line.discount, 6),
                sorted(line.tax_ids.ids),
            )
            for line in self.order_line.sorted("id")
            if not line.is_downpayment
        ]
        data = [self.currency_id.name, float_repr(self.amount_total, 6), lines]
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()

    def _has_to_be_signed(self):
        """While a DocuSeal request waits (or once it is signed), the customer signs in
        DocuSeal: Odoo's own Accept & Sign is not offered beside it."""
        request = self._docuseal_portal_request()
        if request.state in OPEN_STATES or request.state == "completed":
            return False
        return super()._has_to_be_signed()

    def _has_to_be_paid(self):
        """While a DocuSeal request waits, the customer signs first: the quote offers no
        online payment beside the signing form (paying would confirm the order unsigned);
        the deposit invoice sent on signature is the one to pay."""
        if self._docuseal_portal_request().state in OPEN_STATES:
            return False
        return super()._has_to_be_paid()

    def _docuseal_portal_request(self):
        """The request the portal shows: the latest one (sudo: the portal page is already
        access-checked for this order)."""
        self.ensure_one()
        return self.sudo().signature_request_ids[:1]

    def _docuseal_portal_embed(self):
        request = self._docuseal_portal_request()
        if request.state in OPEN_STATES and request.embed_src:
            return request.embed_src
        return False
