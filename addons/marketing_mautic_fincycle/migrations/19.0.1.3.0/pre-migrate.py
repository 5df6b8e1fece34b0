# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A campaign trigger's error is now stored as a code and worded in the reader's language: the
texts stored before (in the language of the job that wrote them) become the detail (the
post-migration gives the module's own sentences their code back)."""

from odoo.tools.sql import column_exists, rename_column


def migrate(cr, version):
    if column_exists(cr, "fincycle_mautic_event", "error") and not column_exists(
        cr, "fincycle_mautic_event", "error_detail"
    ):
        rename_column(cr, "fincycle_mautic_event", "error", "error_detail")
