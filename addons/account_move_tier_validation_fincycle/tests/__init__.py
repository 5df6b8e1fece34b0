from . import test_tier_approval
