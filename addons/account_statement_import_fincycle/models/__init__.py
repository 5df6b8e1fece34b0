from . import (
    account_bank_statement_line,
    account_journal,
    fincycle_sync_run,
    online_bank_statement_provider,
)
