from . import test_attacks, test_portal_view, test_tracking
