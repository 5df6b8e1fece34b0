from . import (
    account_analytic_line,
    clockify_mapping,
    clockify_reminder,
    fincycle_integration,
    fincycle_sync_run,
    timesheets_analysis_report,
)
