# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Fincycle Suite",
    "summary": "Installs every Fincycle module (the demo group is fincycle_demo)",
    "version": "19.0.3.2.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "application": True,
    "depends": [
        "fincycle_base",
        "account_statement_import_fincycle",
        "account_statement_import_file_fincycle",
        "account_statement_import_online_revolut",
        "account_statement_import_online_qonto_fincycle",
        "account_reconcile_autopilot",
        "account_invoice_capture",
        "account_credit_control_fincycle",
        "account_move_tier_validation_fincycle",
        "account_move_autosend_fincycle",
        "account_move_tracking_fincycle",
        "account_vat_return_fincycle",
        "contract_fincycle",
        "hr_timesheet_clockify_fincycle",
        "sale_timesheet_invoice_fincycle",
        "l10n_ch",
        "l10n_fr_account",
    ],
    # Swiss and French companies auto-install account_peppol, which needs phonenumbers.
    "external_dependencies": {"python": ["phonenumbers"]},
}
