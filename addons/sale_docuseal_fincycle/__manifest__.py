# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Signed Quotes with DocuSeal (Fincycle)",
    "summary": "Send quotations for signature through DocuSeal (cloud, EU cloud or self-hosted): "
    "embedded signing in the portal, webhooks and polling, signed PDF and audit log attached, "
    "order confirmed and deposit invoice on signature",
    "version": "19.0.1.0.0",
    "category": "Sales/Sales",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["sale_management", "fincycle_base"],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/docuseal_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "data/mail_activity_type.xml",
        "views/fincycle_integration_views.xml",
        "views/sale_signature_request_views.xml",
        "views/sale_order_views.xml",
        "views/res_partner_views.xml",
        "views/sale_portal_templates.xml",
        "wizard/sale_signature_send_views.xml",
    ],
}
