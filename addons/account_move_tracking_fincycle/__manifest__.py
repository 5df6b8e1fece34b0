# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Customer Invoice Tracking and Issuance Delay (Fincycle)",
    "summary": "Each customer invoice's journey on the invoice and in one list: sent (when, "
    "to whom, automatically or by hand), delivered, bounced or opened (OCA mail_tracking), "
    "viewed by the customer in the portal, replied, paid; and how long after the work "
    "ended it was sent, per invoice and per month",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_move_autosend_fincycle", "fincycle_base", "mail_tracking"],
    "data": [
        "security/ir.model.access.csv",
        "security/issuance_report_security.xml",
        "views/account_move_views.xml",
        "report/account_invoice_issuance_report_views.xml",
        "views/menus.xml",
    ],
    "post_init_hook": "post_init_hook",
}
