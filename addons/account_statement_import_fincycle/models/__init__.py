from . import (
    account_bank_statement_line,
    account_journal,
    account_statement_import_sheet_mapping,
    online_bank_statement_provider,
)
