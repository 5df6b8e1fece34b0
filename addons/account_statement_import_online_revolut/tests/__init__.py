from . import test_revolut_feed, test_revolut_kit_security, test_revolut_setup_rights, test_tours
