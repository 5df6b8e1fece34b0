from . import (
    account_statement_import,
    account_statement_import_camt_parser,
    account_statement_import_sheet_parser,
)
