# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Supplier Bill Capture",
    "summary": "PDFs, scans and Swiss QR-bills become vendor bills on the server: QR-bill, "
    "text layer and offline OCR, per-field confidence, cross-checks, auto-post or review",
    "version": "19.0.1.3.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account_edi_ubl_cii", "fincycle_base"],
    "external_dependencies": {"python": ["fincycle", "pdfplumber", "pypdfium2", "zxing-cpp"]},
    "data": [
        "security/ir.model.access.csv",
        "security/capture_security.xml",
        "data/mail_activity_type.xml",
        "data/ir_cron.xml",
        "views/account_invoice_capture_views.xml",
        "views/account_move_views.xml",
        "views/capture_summary_templates.xml",
        "views/res_config_settings_views.xml",
    ],
    "assets": {
        "web.assets_tests": ["account_invoice_capture/static/tests/tours/*.js"],
    },
}
