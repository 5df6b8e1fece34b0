from . import test_revolut_feed
