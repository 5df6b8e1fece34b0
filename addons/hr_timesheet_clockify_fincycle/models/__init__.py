from . import account_analytic_line, clockify_mapping, fincycle_integration, fincycle_sync_run
