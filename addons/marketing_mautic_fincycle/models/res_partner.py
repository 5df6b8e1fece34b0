# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    mautic_contact_ids = fields.One2many(
        "fincycle.mautic.contact",
        "partner_id",
        "Mautic Contacts",
        groups="fincycle_base.group_fincycle_user",
    )
