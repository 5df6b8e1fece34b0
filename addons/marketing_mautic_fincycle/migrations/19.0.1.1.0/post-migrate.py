# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Mautic companies pushed before the company field odoo_company_id was created lack their key
(Mautic drops a value for a field it does not have): their fingerprints are forgotten and the
next push reads every partner again (unchanged contacts are not sent), so the companies go
once more, edited by their stored id, now with the key."""


def migrate(cr, version):
    cr.execute("UPDATE fincycle_mautic_company SET digest = NULL WHERE digest IS NOT NULL")
    if cr.rowcount:
        cr.execute(
            "UPDATE fincycle_integration SET mautic_last_sync_at = NULL WHERE provider = 'mautic'"
        )
