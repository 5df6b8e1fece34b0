from . import (
    fincycle_integration,
    fincycle_integration_webhook,
    fincycle_sync_run,
    fincycle_webhook_event,
    ir_http,
)
