# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Qonto's own token table and webhook subscription id move to the connector kit
(fincycle.oauth.token, webhook_remote_id); Odoo drops the former model's table afterwards."""


def migrate(cr, version):
    cr.execute("SELECT to_regclass('fincycle_qonto_token')")
    if cr.fetchone()[0]:
        cr.execute(
            """INSERT INTO fincycle_oauth_token (integration_id, company_id, access_token,
                       refresh_token, expires_at, refresh_expires_at, scope, state, refreshed_at,
                       revoked_reason, create_date, write_date)
               SELECT integration_id, company_id, access_token, refresh_token, expires_at,
                      refresh_expires_at, scope, state, refreshed_at, revoked_reason,
                      create_date, write_date
                 FROM fincycle_qonto_token
               ON CONFLICT (integration_id) DO UPDATE SET
                      access_token = EXCLUDED.access_token,
                      refresh_token = EXCLUDED.refresh_token,
                      expires_at = EXCLUDED.expires_at,
                      refresh_expires_at = EXCLUDED.refresh_expires_at,
                      scope = EXCLUDED.scope,
                      state = EXCLUDED.state,
                      refreshed_at = EXCLUDED.refreshed_at,
                      revoked_reason = EXCLUDED.revoked_reason"""
        )
        cr.execute("DROP TABLE fincycle_qonto_token CASCADE")  # no token stays behind
    cr.execute(
        """SELECT 1 FROM information_schema.columns
            WHERE table_name = 'fincycle_integration' AND column_name = 'qonto_subscription_id'"""
    )
    if cr.fetchone():
        cr.execute(
            """UPDATE fincycle_integration SET webhook_remote_id = qonto_subscription_id
                WHERE provider = 'qonto' AND qonto_subscription_id IS NOT NULL"""
        )
        cr.execute("ALTER TABLE fincycle_integration DROP COLUMN qonto_subscription_id")
