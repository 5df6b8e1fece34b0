# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class MailActivityType(models.Model):
    _inherit = "mail.activity.type"

    @api.model
    def _get_model_info_by_xmlid(self):
        info = super()._get_model_info_by_xmlid()
        # Mautic finds the salesperson's open call by this type: not deleted, on any model
        # (partners, and CRM opportunities with the glue module)
        info["marketing_mautic_fincycle.mail_activity_type_mautic_hot_lead"] = {
            "res_model": False,
            "unlink": False,
        }
        return info
