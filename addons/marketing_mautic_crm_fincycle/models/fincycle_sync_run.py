# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

LEAD_KIND = "mautic_leads"


class FincycleSyncRun(models.Model):
    _inherit = "fincycle.sync.run"

    @api.model
    def _kind_names(self):
        return {**super()._kind_names(), LEAD_KIND: self.env._("Mautic CRM Leads")}
