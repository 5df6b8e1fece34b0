from . import (
    test_mautic_companies,
    test_mautic_events,
    test_mautic_hostile,
    test_mautic_segments,
    test_mautic_stats,
    test_mautic_sync,
    test_mautic_webhooks,
)
