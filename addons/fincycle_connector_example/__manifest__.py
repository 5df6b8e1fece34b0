# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Fincycle Connector Example",
    "summary": "A complete toy connector on the Fincycle connector kit: OAuth, webhooks",
    "version": "19.0.1.0.1",
    "category": "Hidden",
    "website": "https://github.com/fincycle/fincycle",
    "author": "Fincycle",
    "license": "AGPL-3",
    "depends": ["fincycle_base"],
    "data": ["views/fincycle_integration_views.xml"],
}
