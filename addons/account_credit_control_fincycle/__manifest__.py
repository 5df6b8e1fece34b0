# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Credit Control: Disputes and Daily Reminders",
    "summary": "Customer disputes that pause reminders for their invoices only, a daily 9:00 "
    "reminder run per company time zone, fees and penalties shown on the reminder",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_credit_control", "fincycle_base"],
    "data": [
        "security/dispute_security.xml",
        "security/ir.model.access.csv",
        "security/reply_security.xml",
        "data/ir_sequence.xml",
        "data/mail_activity_type.xml",
        "data/mail_template.xml",
        "data/ir_cron.xml",
        "report/report_credit_control_summary.xml",
        "views/account_dispute_views.xml",
        "views/account_move_views.xml",
        "views/res_partner_views.xml",
        "views/credit_control_views.xml",
        "views/res_config_settings_views.xml",
        "views/menus.xml",
        "views/account_dispute_reply_views.xml",
        "views/portal_templates.xml",
    ],
    "post_init_hook": "post_init_hook",
}
