# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Online Bank Statement Guards (Fincycle)",
    "summary": "Gap-free, idempotent online pulls for every provider: no gap after a failed "
    "pull, every scheduled pull a sync run (counts, checkpoint, resume), admin-only "
    "credentials, IBAN partner lookup, push (webhook) pulls, a balance check, QR/RF references "
    "on statement lines, and the account-mapping base of the Fincycle bank connectors",
    "version": "19.0.2.0.1",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["fincycle_base", "account_statement_import_online"],
    "external_dependencies": {"python": ["fincycle"]},
    "data": [
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "views/online_bank_statement_provider_views.xml",
        "views/account_bank_statement_line_views.xml",
    ],
}
