from . import test_mautic_sync, test_mautic_webhooks
