# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The file import guards moved to account_statement_import_file_fincycle: their records and
fields change module instead of being deleted (which would drop the columns and the CSV
mapping a journal may use) and created again when that module is installed."""

MOVED = (
    "field_account_bank_statement_line__fincycle_batch_ref",
    "field_account_statement_import_sheet_mapping__fincycle_transaction_id_is_bank_ref",
    "sheet_mapping_ch_ebanking",
    "account_statement_import_sheet_mapping_form",
)


def migrate(cr, version):
    if not version:
        return
    cr.execute(
        "UPDATE ir_model_data SET module = 'account_statement_import_file_fincycle' "
        "WHERE module = 'account_statement_import_fincycle' AND name = ANY(%s)",
        [list(MOVED)],
    )
    # Installed with the next update of the suite (it depends on it), or by hand.
    cr.execute(
        "UPDATE ir_module_module SET state = 'to install' "
        "WHERE name = 'account_statement_import_file_fincycle' AND state = 'uninstalled'"
    )
