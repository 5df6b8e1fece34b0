from . import test_portal_view, test_tracking
