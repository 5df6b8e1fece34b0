# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Send Approved Invoices Automatically (Fincycle)",
    "summary": "Customer invoices posted after an approval or by a scheduled run are "
    "e-mailed by Odoo's own sending (PDF, QR-bill, Factur-X) to the customer's invoice "
    "contact in the customer's language; a customer without e-mail, a sending error or "
    "a bounce becomes an activity, never a silent skip",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_move_tier_validation_fincycle"],
    "data": [
        "data/ir_cron.xml",
        "views/account_move_views.xml",
        "views/res_config_settings_views.xml",
    ],
}
