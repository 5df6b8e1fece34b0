# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Month-End Time Invoicing (Fincycle)",
    "summary": "On a working day after each month end, the hours delivered on timesheet-billed "
    "sale order lines become one invoice per sale order, with the timesheet detail on the "
    "PDF and the portal, through the approval rules; FORFAIT and INTERNE time is never "
    "billed by the hour; a log of every run",
    "version": "19.0.1.0.0",
    "category": "Sales/Sales",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": [
        "sale_timesheet",
        "hr_timesheet_clockify_fincycle",
        "account_move_tier_validation_fincycle",
        "fincycle_base",
    ],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/ir.model.access.csv",
        "security/time_invoice_run_security.xml",
        "data/ir_cron.xml",
        "views/time_invoice_run_views.xml",
        "views/res_config_settings_views.xml",
        "views/forfait_views.xml",
        "report/report_invoice.xml",
    ],
}
