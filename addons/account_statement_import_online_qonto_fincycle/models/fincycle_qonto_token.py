# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from fincycle.http import install_failed_query_filter

# A failed write of this table is logged with its values: credentials (see fincycle.http).
install_failed_query_filter(["fincycle_qonto_token"], "odoo.sql_db")


class FincycleQontoToken(models.Model):
    """The OAuth tokens of one Qonto connection, in a row of their own.

    Qonto rotates the refresh token at every refresh and the old one dies 60 s later, so a new
    pair must be committed at once, in its own transaction, even if the pull that needed it
    then fails and is rolled back. Kept on the connection's row, that commit would make every
    later write of the pull to the connection (health, errors) a serialization failure."""

    _name = "fincycle.qonto.token"
    _description = "Qonto OAuth Tokens"
    _rec_name = "integration_id"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="integration_id.company_id", store=True)
    access_token = fields.Char(copy=False)
    refresh_token = fields.Char(copy=False)
    expires_at = fields.Datetime("Access Token Expiry", copy=False)
    refresh_expires_at = fields.Datetime(
        "Consent Renewal Due",
        copy=False,
        help="Qonto refresh tokens live 90 days; a refresh before then keeps the connection.",
    )
    scope = fields.Char(copy=False)
    state = fields.Selection(
        [("active", "Active"), ("revoked", "Consent Lost")], default="active", required=True
    )
    refreshed_at = fields.Datetime(copy=False)
    revoked_reason = fields.Text(copy=False)

    _integration_uniq = models.Constraint(
        "UNIQUE(integration_id)", "A Qonto connection has one token record."
    )
