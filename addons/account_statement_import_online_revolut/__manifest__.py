# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Online Bank Statements: Revolut Business",
    "summary": "Revolut Business accounts (every currency pocket) pulled every 15 minutes and "
    "pushed by signed webhooks into bank journals",
    "version": "19.0.1.1.4",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_statement_import_fincycle"],
    "external_dependencies": {"python": ["fincycle", "pyjwt", "cryptography"]},
    "data": [
        "security/ir.model.access.csv",
        "wizards/revolut_account_map_views.xml",
        "views/fincycle_integration_views.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "account_statement_import_online_revolut/static/tests/tours/*.js",
        ],
    },
}
