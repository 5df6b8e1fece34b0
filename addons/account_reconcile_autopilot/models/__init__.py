from . import (
    account_bank_statement_line,
    account_journal,
    account_reconcile_control,
    account_reconcile_suggestion,
    res_company,
    res_config_settings,
)
