from . import fincycle_integration
from . import fincycle_webhook_event
from . import fincycle_sync_run
