# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Reconciliation Autopilot",
    "summary": "Explainable matching of bank lines to invoices and bills on arrival: "
    "auto-reconcile above a threshold, suggestions to accept or reject, undo, and a "
    "tri-directional control of paid invoices, bank lines and balances",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_reconcile_oca", "account_statement_import_fincycle"],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/ir.model.access.csv",
        "security/autopilot_security.xml",
        "data/ir_cron.xml",
        "views/account_reconcile_suggestion_views.xml",
        "views/account_bank_statement_line_views.xml",
        "views/res_config_settings_views.xml",
        "views/account_journal_views.xml",
        "views/account_reconcile_control_views.xml",
        "views/menus.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "account_reconcile_autopilot/static/src/**/*",
        ],
        "web.assets_tests": [
            "account_reconcile_autopilot/static/tests/tours/*.js",
        ],
    },
}
