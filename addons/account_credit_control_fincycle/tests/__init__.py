from . import (
    test_access,
    test_attacks,
    test_dunning,
    test_languages,
    test_portal_dispute,
    test_reminder_date,
    test_reply_gateway,
    test_risk_report,
)
