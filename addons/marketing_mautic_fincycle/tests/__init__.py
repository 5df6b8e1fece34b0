from . import test_mautic_sync
