from . import (
    fincycle_integration,
    fincycle_integration_webhook,
    fincycle_invoice_run_mixin,
    fincycle_oauth,
    fincycle_sync_run,
    fincycle_webhook_event,
    fincycle_webhook_registration,
    ir_http,
    res_company,
    res_config_settings,
)
