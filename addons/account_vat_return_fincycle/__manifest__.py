# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "VAT Returns and French FEC (Fincycle)",
    "summary": "A VAT return per company and period (Swiss ESTV form with its eCH-0217 file, "
    "French CA3 with EDI codes) computed from Odoo's tax tags with tax exigibility, checked "
    "before filing, filed with the tax lock date; the French FEC exported without locking "
    "anything, with the DGFiP test tool's checks and the descriptive note",
    "version": "19.0.1.0.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account", "mail", "fincycle_base"],
    "external_dependencies": {"python": ["fincycle", "lxml", "xlsxwriter"]},
    "data": [
        "security/account_vat_return_security.xml",
        "security/ir.model.access.csv",
        "wizards/account_fec_export_views.xml",
        "views/account_vat_return_views.xml",
        "views/menus.xml",
        "report/account_vat_return_report.xml",
    ],
}
