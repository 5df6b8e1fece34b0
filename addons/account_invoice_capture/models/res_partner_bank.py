# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResPartnerBank(models.Model):
    _inherit = "res.partner.bank"

    capture_added = fields.Boolean(
        "Read From a Bill",
        readonly=True,
        copy=False,
        help="Added from a captured document. Until someone marks it as trusted, bills to be "
        "paid to it wait for a review.",
    )
