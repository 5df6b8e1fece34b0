# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Mautic Contacts Sync (Fincycle)",
    "summary": "Push customers and prospects to a self-hosted Mautic as contacts keyed by their "
    "Odoo id: batches of 200, incremental by write date, resumable sync runs, one connection "
    "per company",
    "version": "19.0.1.4.0",
    "category": "Marketing",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["fincycle_base", "contacts", "sale", "account"],
    "external_dependencies": {"python": ["fincycle", "phonenumbers"]},
    "data": [
        "security/mautic_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron.xml",
        "data/mail_activity_type.xml",
        "views/fincycle_mautic_contact_views.xml",
        "views/fincycle_mautic_company_views.xml",
        "views/fincycle_integration_views.xml",
        "views/fincycle_mautic_event_views.xml",
        "views/fincycle_mautic_stat_views.xml",
    ],
}
