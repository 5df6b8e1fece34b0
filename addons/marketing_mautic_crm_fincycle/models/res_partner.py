# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    # Every CRM lead and opportunity of the partner (crm's opportunity_ids holds the
    # opportunities only): the partners of a company's CRM are pushed to its Mautic.
    mautic_crm_lead_ids = fields.One2many(
        "crm.lead", "partner_id", "CRM Leads (Mautic)", groups="sales_team.group_sale_salesman"
    )
