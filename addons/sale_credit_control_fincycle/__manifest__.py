# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Sales: Customer Payment Risk on Quotes",
    "summary": "A quote for a customer at or above the company's payment risk threshold warns, "
    "and its confirmation is kept for managers when configured",
    "version": "19.0.1.0.0",
    "category": "Sales/Sales",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["sale", "account_credit_control_fincycle"],
    "data": ["views/sale_order_views.xml"],
    "auto_install": True,
}
