# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).


def post_init_hook(env):
    """The default approval rules of every existing company, once the modules are
    loaded (their demo data may still post invoices in them as the superuser)."""
    companies = env["res.company"].with_context(active_test=False).search([])
    if companies._fincycle_tier_defaults_wanted():
        companies._fincycle_tier_create_defaults_once_loaded()
