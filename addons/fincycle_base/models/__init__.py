from . import fincycle_integration, fincycle_sync_run, fincycle_webhook_event
