# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

KIND = "clockify_entries"


class FincycleSyncRun(models.Model):
    _inherit = "fincycle.sync.run"

    @api.model
    def _kind_names(self):
        return {**super()._kind_names(), KIND: self.env._("Clockify Time Entries")}
