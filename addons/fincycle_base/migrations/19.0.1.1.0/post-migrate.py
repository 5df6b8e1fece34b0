# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The OAuth tokens kept on the connection's row move to the token store (fincycle.oauth.token);
the columns are dropped so that no token stays behind in fincycle_integration."""

COLUMNS = ("access_token", "refresh_token", "token_expires_at")


def migrate(cr, version):
    cr.execute(
        """SELECT column_name FROM information_schema.columns
            WHERE table_name = 'fincycle_integration' AND column_name IN %s""",
        [COLUMNS],
    )
    if len(cr.fetchall()) != len(COLUMNS):
        return
    cr.execute(
        """INSERT INTO fincycle_oauth_token (integration_id, company_id, access_token,
                   refresh_token, expires_at, state, create_date, write_date)
           SELECT id, company_id, access_token, refresh_token, token_expires_at, 'active',
                  now() at time zone 'UTC', now() at time zone 'UTC'
             FROM fincycle_integration
            WHERE access_token IS NOT NULL OR refresh_token IS NOT NULL
           ON CONFLICT (integration_id) DO NOTHING"""
    )
    cr.execute(
        "ALTER TABLE fincycle_integration "
        + ", ".join(f"DROP COLUMN {column}" for column in COLUMNS)
    )
