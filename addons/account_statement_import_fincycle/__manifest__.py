# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Bank Statement Import Guards (Fincycle)",
    "summary": "Gap-free, idempotent online pulls and camt/MT940/CSV imports: no gap after a "
    "failed pull, admin-only credentials, IBAN partner lookup, stable camt import ids, "
    "push (webhook) pulls and a balance check",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": [
        "fincycle_base",
        "account_statement_import_online",
        "account_statement_import_camt",
        "account_statement_import_sheet_file",
    ],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "views/online_bank_statement_provider_views.xml",
        "data/account_statement_import_sheet_mapping.xml",
        "views/account_statement_import_views.xml",
    ],
}
