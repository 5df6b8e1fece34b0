from . import test_mautic_segments, test_mautic_sync, test_mautic_webhooks
