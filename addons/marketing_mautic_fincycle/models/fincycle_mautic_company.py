# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class FincycleMauticCompany(models.Model):
    """Which Mautic company an Odoo company partner is, per Mautic connection, and the
    fingerprint of what was last sent (an unchanged company is not sent again). Written by the
    contact sync only."""

    _name = "fincycle.mautic.company"
    _description = "Mautic Company of a Partner"
    _order = "integration_id, partner_id"
    _rec_name = "partner_id"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(
        related="integration_id.company_id", store=True, index=True, readonly=True
    )
    # Empty once the partner was deleted or merged away: the next push deletes its company.
    partner_id = fields.Many2one("res.partner", ondelete="set null", index=True, readonly=True)
    mautic_id = fields.Integer("Mautic Company ID", readonly=True, index=True)
    digest = fields.Char(readonly=True, help="Fingerprint of the values last sent.")
    synced_at = fields.Datetime("Last Sent", readonly=True)
    state = fields.Selection(
        [("synced", "Synced"), ("failed", "Failed")], default="synced", readonly=True
    )
    error = fields.Char(readonly=True, help="What Mautic refused, when the last push failed.")

    _integration_partner_uniq = models.UniqueIndex(
        "(integration_id, partner_id)", "A company is one Mautic company per connection."
    )
