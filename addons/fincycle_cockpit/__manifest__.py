# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Group Cockpit (Fincycle)",
    "summary": "One screen for the directors: cash per bank journal, receivables ageing, DSO "
    "with and without disputed amounts, recovery rate, largest overdue invoices, the 30/60/90 "
    "day cash forecast with its 10-90 % band, invoices waiting for approval, issuance delay, "
    "recurring and monthly revenue; per company and consolidated in the group's currency",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account", "fincycle_base"],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/ir.model.access.csv",
        "security/cockpit_security.xml",
        "data/ir_cron.xml",
        "views/cockpit_snapshot_line_views.xml",
        "views/cockpit_snapshot_views.xml",
        "views/cockpit_views.xml",
        "views/res_config_settings_views.xml",
        "views/menus.xml",
    ],
    "assets": {"web.assets_tests": ["fincycle_cockpit/static/tests/tours/**/*"]},
}
