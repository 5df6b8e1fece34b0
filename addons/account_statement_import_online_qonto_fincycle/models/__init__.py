from . import fincycle_integration, online_bank_statement_provider
