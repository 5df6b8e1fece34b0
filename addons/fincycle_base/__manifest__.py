# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Fincycle Base",
    "summary": "Integration accounts, signed webhook inbox, sync runs and HTTP policy "
    "shared by every Fincycle connector",
    "version": "19.0.1.3.0",
    "category": "Accounting/Accounting",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["account", "mail"],
    "external_dependencies": {"python": ["fincycle", "tenacity"]},
    "data": [
        "security/fincycle_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "views/fincycle_integration_views.xml",
        "views/fincycle_webhook_event_views.xml",
        "views/fincycle_sync_run_views.xml",
        "views/fincycle_menus.xml",
        "views/res_config_settings_views.xml",
    ],
}
