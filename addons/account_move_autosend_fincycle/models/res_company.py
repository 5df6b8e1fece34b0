# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    invoice_autosend = fields.Selection(
        [
            ("none", "Never"),
            ("approved", "Approved and scheduled invoices"),
            ("all", "All customer invoices"),
        ],
        string="Send Customer Invoices Automatically Once Posted",
        default="approved",
        required=True,
        help="Approved and scheduled invoices: the invoices posted after an approval "
        "and those posted by a scheduled action (the contracts' morning run) are "
        "e-mailed by themselves; an invoice a person posts by hand without approval "
        "is sent by that person with Send, as usual.\n"
        "All customer invoices: every posted customer invoice and credit note is "
        "e-mailed by itself.\n"
        "Never: nothing is sent by itself.",
    )
