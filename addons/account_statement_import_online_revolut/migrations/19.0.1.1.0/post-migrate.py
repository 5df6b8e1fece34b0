# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Revolut's webhook id moves to the connector kit's webhook_remote_id (its tokens move with
fincycle_base's migration)."""


def migrate(cr, version):
    cr.execute(
        """SELECT 1 FROM information_schema.columns
            WHERE table_name = 'fincycle_integration' AND column_name = 'revolut_webhook_id'"""
    )
    if cr.fetchone():
        cr.execute(
            """UPDATE fincycle_integration SET webhook_remote_id = revolut_webhook_id
                WHERE provider = 'revolut' AND revolut_webhook_id IS NOT NULL"""
        )
        cr.execute("ALTER TABLE fincycle_integration DROP COLUMN revolut_webhook_id")
