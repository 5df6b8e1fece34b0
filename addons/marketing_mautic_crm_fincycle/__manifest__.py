# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Mautic Contacts Sync: CRM Leads (Fincycle)",
    "summary": "CRM leads without a partner as Mautic contacts keyed by odoo_lead_id, hot "
    "Mautic scores as opportunities for the salesperson, open opportunities as prospects",
    "version": "19.0.1.0.0",
    "category": "Marketing",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "maintainers": ["fincycle"],
    "license": "AGPL-3",
    "depends": ["marketing_mautic_fincycle", "crm"],
    "external_dependencies": {"python": ["fincycle"]},
    "data": ["views/fincycle_mautic_contact_views.xml"],
    "auto_install": True,
}
