# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Invoice Approval Rules (Fincycle)",
    "summary": "Large customer invoices and vendor bills wait for another accounting "
    "manager's approval: default rules per company, no self-approval, no approval "
    "by automation, a review queue",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_move_tier_validation"],
    "data": [
        "security/ir.model.access.csv",
        "views/account_move_views.xml",
        "views/tier_definition_views.xml",
    ],
    "assets": {
        "web.assets_tests": ["account_move_tier_validation_fincycle/static/tests/tours/**/*"]
    },
    "post_init_hook": "post_init_hook",
}
