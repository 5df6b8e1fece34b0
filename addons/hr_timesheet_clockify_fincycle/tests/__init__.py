from . import (
    test_clockify_pull,
    test_clockify_reminder,
    test_clockify_security,
    test_clockify_webhook,
)
