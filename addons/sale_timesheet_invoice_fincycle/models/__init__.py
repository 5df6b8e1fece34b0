from . import (
    account_analytic_line,
    account_move,
    res_company,
    res_config_settings,
    sale_order,
    time_invoice_run,
    timesheet_forfait_report,
)
