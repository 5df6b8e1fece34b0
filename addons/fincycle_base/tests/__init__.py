from . import (
    test_company_tz,
    test_connections,
    test_endpoints,
    test_integration,
    test_kit_security,
    test_security,
    test_sync_run,
    test_webhook_inbox,
    test_webhook_logs,
    test_webhook_processing,
)
