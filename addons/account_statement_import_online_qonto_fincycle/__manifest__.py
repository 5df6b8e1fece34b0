# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Online Bank Statements: Qonto (Fincycle)",
    "summary": "Qonto feeds with counterparty name and IBAN, external accounts, OAuth with "
    "rotating tokens, signed webhooks, pending and declined movements handled explicitly",
    "version": "19.0.1.1.2",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_statement_import_online_qonto", "account_statement_import_fincycle"],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/ir.model.access.csv",
        "wizards/qonto_account_map_views.xml",
        "views/fincycle_integration_views.xml",
        "views/online_bank_statement_provider_views.xml",
    ],
}
