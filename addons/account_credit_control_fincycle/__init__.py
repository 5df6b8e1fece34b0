# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import controllers, models


def post_init_hook(env):
    """Give every company with a chart of accounts the three-level reminder policy."""
    env["res.company"].search([])._fincycle_ensure_credit_policy()
