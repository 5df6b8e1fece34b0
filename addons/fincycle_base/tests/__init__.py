from . import test_webhook_inbox
from . import test_security
from . import test_sync_run
from . import test_integration
