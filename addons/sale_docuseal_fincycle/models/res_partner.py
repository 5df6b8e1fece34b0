# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    docuseal_request_ids = fields.One2many(
        "sale.signature.request", "document_partner_id", "Document Signature Requests"
    )
    docuseal_request_count = fields.Integer(compute="_compute_docuseal_request_count")

    @api.depends("docuseal_request_ids")
    def _compute_docuseal_request_count(self):
        for partner in self:
            partner.docuseal_request_count = len(partner.docuseal_request_ids)

    def action_docuseal_send_document(self):
        """Send one of the partner's attached PDFs (general terms, contract) for signature."""
        self.ensure_one()
        self.check_access("read")
        return self.env["sale.signature.send"]._docuseal_document_action(partner=self)

    def action_view_docuseal_requests(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "sale_docuseal_fincycle.action_sale_signature_request"
        )
        action["domain"] = [("document_partner_id", "=", self.id)]
        return action
