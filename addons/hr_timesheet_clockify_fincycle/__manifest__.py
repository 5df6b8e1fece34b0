# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Timesheets from Clockify (Fincycle)",
    "summary": "Clockify time entries become timesheets: mapped users, clients and projects, "
    "FACTURABLE / FORFAIT / INTERNE categories, pulled every 15 minutes and on webhooks, "
    "locked periods corrected, never rewritten",
    "version": "19.0.1.0.0",
    "category": "Services/Timesheets",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["hr_timesheet", "fincycle_base"],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/clockify_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "views/clockify_mapping_views.xml",
        "views/fincycle_integration_views.xml",
        "views/account_analytic_line_views.xml",
    ],
}
