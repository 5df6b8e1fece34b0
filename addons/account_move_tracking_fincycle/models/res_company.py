# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import pytz

from odoo import models


class ResCompany(models.Model):
    _inherit = "res.company"

    def _issuance_tz(self):
        """The company's time zone, where its working days end: its contact's, else its
        country's first, else UTC."""
        self.ensure_one()
        name = self.partner_id.tz
        if not name and self.country_id.code:
            zones = pytz.country_timezones.get(self.country_id.code.lower()) or []
            name = zones[0] if zones else None
        try:
            return pytz.timezone(name or "UTC")
        except pytz.UnknownTimeZoneError:
            return pytz.utc
