# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Bank Statement File Import Guards (Fincycle)",
    "summary": "Idempotent camt.053/054, MT940 and CSV imports: stable camt import ids, damaged "
    "files refused, QR batch credits imported payment by payment (camt.054), journal by IBAN "
    "and currency, Swiss e-banking CSV mapping",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": [
        "account_statement_import_fincycle",
        "account_statement_import_camt",
        "account_statement_import_sheet_file",
    ],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "data/account_statement_import_sheet_mapping.xml",
        "views/account_statement_import_views.xml",
    ],
    "auto_install": True,
}
