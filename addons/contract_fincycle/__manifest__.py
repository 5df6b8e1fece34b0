# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Recurring Invoices with Approval (Fincycle)",
    "summary": "The contracts' scheduled invoices go through the approval rules: "
    "posted when no rule holds them, else waiting in the managers' queue; one "
    "failing contract or invoice never stops the others; a log of every run",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["contract", "account_move_tier_validation_fincycle", "fincycle_base"],
    "data": [
        "security/ir.model.access.csv",
        "security/contract_invoice_run_security.xml",
        "views/contract_invoice_run_views.xml",
    ],
}
